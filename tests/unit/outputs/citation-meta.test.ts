import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { citationMeta } from '../../../src/lib/outputs/citation-meta.ts';
import { cslJson } from '../../../src/lib/outputs/citation.ts';
import { readoutSchema } from '../../../src/schemas/readout.ts';
import { FRONTMATTER } from '../../helpers/readouts.ts';

const data = readoutSchema.parse(parse(FRONTMATTER.replaceAll('---', '')));
const target = {
  slug: 'test-readout-2022-02-04',
  data,
  url: 'https://bayan.example/readouts/test-readout-2022-02-04/#p-2',
  accessed: '2026-11-24',
};
const values = (tags: ReturnType<typeof citationMeta>, name: string) =>
  tags.filter((t) => t.name === name).map((t) => t.content);

describe('reference-manager meta tags', () => {
  const tags = citationMeta(target);
  const [csl] = JSON.parse(cslJson(target)) as [Record<string, unknown>];

  it('say what the CSL-JSON export says', () => {
    expect(values(tags, 'citation_title')).toEqual([csl['title']]);
    expect(values(tags, 'DC.title')[0]).toBe(csl['title']);
    expect(values(tags, 'DC.creator')).toEqual([(csl['author'] as { literal: string }[])[0]!.literal]);
    expect(values(tags, 'DC.contributor')).toEqual([(csl['translator'] as { literal: string }[])[0]!.literal]);
    expect(values(tags, 'DC.language')).toEqual([csl['language']]);
    expect(values(tags, 'citation_language')).toEqual([csl['language']]);
    expect(values(tags, 'DC.type')).toEqual([csl['type']]);
    expect(values(tags, 'citation_public_url')).toEqual([csl['URL']]);
    expect(values(tags, 'DC.identifier')).toEqual([csl['URL']]);
    expect(values(tags, 'citation_publisher')).toEqual([csl['container-title']]);
  });

  it('give the date in Google Scholar’s form and in ISO 8601', () => {
    expect(values(tags, 'citation_publication_date')).toEqual([data.date.replaceAll('-', '/')]);
    expect(values(tags, 'DC.date')).toEqual([data.date]);
  });

  it('give the Arabic title as a second DC.title marked lang="ar"', () => {
    expect(tags.filter((t) => t.name === 'DC.title')[1]).toEqual({
      name: 'DC.title',
      content: data.title.ar,
      lang: 'ar',
    });
  });

  it('leave out citation_author, which Zotero would split at the comma of an organisation’s name', () => {
    expect(values(tags, 'citation_author')).toEqual([]);
  });

  it('cite a paragraph page’s paragraph, with its link, only on a paragraph page', () => {
    expect(values(tags, 'DCTERMS.bibliographicCitation')).toEqual([]);
    const [line] = values(citationMeta({ ...target, n: 2 }), 'DCTERMS.bibliographicCitation');
    expect(line).toContain('paragraph 2.');
    expect(line).toMatch(/#p-2$/);
  });
});
