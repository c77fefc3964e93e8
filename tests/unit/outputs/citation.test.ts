import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bibtex, cslCitation, cslJson, latexCite, reference } from '../../../src/lib/outputs/citation.ts';
import { readoutSchema } from '../../../src/schemas/readout.ts';
import { FRONTMATTER } from '../../helpers/readouts.ts';

const data = readoutSchema.parse(parse(FRONTMATTER.replaceAll('---', '')));
const target = {
  slug: 'test-readout-2022-02-04',
  data,
  n: 2,
  url: 'https://bayan.example/readouts/test-readout-2022-02-04/#p-2',
  accessed: '2026-11-24',
};

beforeAll(async () => {
  // citation-js ships APA; the Chicago author-date style (CSL) comes from the rehype-citation package.
  const chicago = await import(pathToFileURL('node_modules/rehype-citation/dist/node/styles/chicago.js').href);
  plugins.config.get('@csl').styles.add('chicago', chicago.default);
});

/** What a citation processor makes of an export: the reference-list entry and the in-text citation of paragraph 2. */
function rendered(input: string, style: 'apa' | 'chicago') {
  const cite = new Cite(input);
  const citationItem = JSON.parse(cslCitation(target)).citationItems[0];
  return {
    reference: String(cite.format('bibliography', { format: 'text', template: style })).trim(),
    citation: String(
      cite.format('citation', { format: 'text', template: style, entry: [{ ...citationItem, id: cite.data[0]!.id }] }),
    ),
  };
}

const APA = {
  reference:
    'Test publisher. (2022, February 4). A test readout (Bayan editors, Trans.). Bayan. https://bayan.example/readouts/test-readout-2022-02-04/',
  citation: '(Test publisher, 2022, para. 2)',
};
const CHICAGO = {
  reference:
    'Test publisher. 2022. “A Test Readout.” Translated by Bayan editors. Bayan. February 4, 2022. https://bayan.example/readouts/test-readout-2022-02-04/.',
  citation: '(Test publisher 2022, para. 2)',
};

describe('citations', () => {
  it('formats a reference with publisher, both titles, date, paragraph, gloss credit, link and access date', () => {
    expect(reference(target)).toBe(
      'Test publisher. “A test readout” (عنوان تجريبي). 4 February 2022, paragraph 2. English translation by Bayan editors, revised 24 November 2026. Bayan. https://bayan.example/readouts/test-readout-2022-02-04/#p-2 (accessed 24 November 2026).',
    );
    expect(reference({ ...target, n: undefined })).toContain('4 February 2022. English translation');
  });

  it('writes one biblatex entry per readout, with the paragraph left to the citation', () => {
    const entry = bibtex(target);
    expect(entry).toBe(
      bibtex({ ...target, n: undefined, url: 'https://bayan.example/readouts/test-readout-2022-02-04/' }),
    );
    expect(entry.split('\n')[0]).toBe('@online{bayan:test-readout-2022-02-04,');
    for (const field of [
      'author = {{Test publisher}}',
      'title = {{A test readout}}',
      'titleaddon = {عنوان تجريبي}',
      'translator = {{Bayan editors}}',
      'pagination = {paragraph}',
      'urldate = {2026-11-24}',
    ]) {
      expect(entry).toContain(field);
    }
    expect(entry).not.toMatch(/pages|para\./);
    expect(latexCite(target)).toBe('\\autocite[2]{bayan:test-readout-2022-02-04}');
  });

  it('keeps the locator off the CSL-JSON item and puts it in the CSL citation', () => {
    const [item] = JSON.parse(cslJson(target));
    expect(item).not.toHaveProperty('locator');
    expect(item).not.toHaveProperty('label');
    expect(item).toMatchObject({
      id: 'bayan-test-readout-2022-02-04',
      type: 'webpage',
      issued: { 'date-parts': [[2022, 2, 4]] },
      accessed: { 'date-parts': [[2026, 11, 24]] },
    });
    expect(JSON.parse(cslCitation(target))).toEqual({
      citationItems: [{ id: 'bayan-test-readout-2022-02-04', locator: '2', label: 'paragraph' }],
      properties: { noteIndex: 0 },
    });
  });

  describe('read by citation-js, a citation processor', () => {
    for (const [format, input] of [
      ['BibTeX', () => bibtex(target)],
      ['CSL-JSON', () => cslJson(target)],
    ] as const) {
      it(`${format} renders the reference and "para. 2" in APA`, () => {
        expect(rendered(input(), 'apa')).toEqual(APA);
      });
      it(`${format} renders the reference and "para. 2" in Chicago author-date`, () => {
        expect(rendered(input(), 'chicago')).toEqual(CHICAGO);
      });
    }
  });
});
