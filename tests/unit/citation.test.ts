import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bibtex, cslJson, reference } from '../../src/lib/citation.ts';
import { readoutSchema } from '../../src/schemas/readout.ts';
import { FRONTMATTER } from '../helpers/readouts.ts';

const data = readoutSchema.parse(parse(FRONTMATTER.replaceAll('---', '')));
const target = { slug: 'test-readout-2022-02-04', data, n: 2, url: 'https://bayan.example/readouts/test-readout-2022-02-04/#p-2', accessed: '2026-11-24' };

describe('citations', () => {
  it('formats a reference with publisher, both titles, date, paragraph, gloss credit, link and access date', () => {
    expect(reference(target)).toBe(
      'Test publisher. “A test readout” (عنوان تجريبي). 4 February 2022, paragraph 2. English gloss by Bayan editors, revised 24 November 2026. Bayan. https://bayan.example/readouts/test-readout-2022-02-04/#p-2 (accessed 24 November 2026).',
    );
    expect(reference({ ...target, n: undefined })).toContain('4 February 2022. English gloss');
  });

  it('writes BibTeX with a stable key and the fields a reference manager needs', () => {
    const entry = bibtex(target);
    expect(entry.split('\n')[0]).toBe('@misc{bayan:test-readout-2022-02-04:p2,');
    for (const field of ['title = {{A test readout}}', 'titleaddon = {عنوان تجريبي}', 'organization = {Test publisher}', 'date = {2022-02-04}', 'pages = {para. 2}', 'urldate = {2026-11-24}', `url = {${target.url}}`]) {
      expect(entry).toContain(field);
    }
  });

  it('writes CSL-JSON that parses, with dates as date-parts and the paragraph as locator', () => {
    const [item] = JSON.parse(cslJson(target));
    expect(item).toMatchObject({
      id: 'bayan-test-readout-2022-02-04-p2',
      type: 'document',
      title: 'A test readout',
      'original-title': 'عنوان تجريبي',
      publisher: 'Test publisher',
      issued: { 'date-parts': [[2022, 2, 4]] },
      accessed: { 'date-parts': [[2026, 11, 24]] },
      locator: '2',
      label: 'paragraph',
      URL: target.url,
    });
  });
});
