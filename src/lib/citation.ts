/**
 * Citations of a readout or one of its paragraphs, in one place so every copy
 * cites alike: the line "Copy paragraph" appends, a formatted reference,
 * BibTeX and CSL-JSON.
 */
import type { ReadoutData } from '../schemas/readout.ts';
import { formatDate } from './format.ts';

/** Placeholders the page script fills in: the paragraph number and its absolute link. */
export const CITE_N = '{n}';
export const CITE_URL = '{url}';

export function paragraphCitation(data: ReadoutData, n: number | string, url: string): string {
  return (
    `${data.title.en} (${data.title.ar}), ${formatDate(data.date)}, paragraph ${n}. ` +
    `${data.source.publisher.en}; English gloss by ${data.gloss.translator}, revised ${formatDate(data.gloss.revised)}. ${url}`
  );
}

export interface CiteTarget {
  slug: string;
  data: ReadoutData;
  /** The paragraph cited, or none for the whole readout. */
  n?: number | undefined;
  /** Permalink of the readout or paragraph. */
  url: string;
  /** YYYY-MM-DD the reader accessed it (pages print the build day; a script puts in today's). */
  accessed: string;
}

/** Publisher. Title (Arabic title). Date, paragraph N. English gloss by …, revised …. URL (accessed …). */
export function reference({ data, n, url, accessed }: CiteTarget): string {
  const where = n ? `, paragraph ${n}` : '';
  return (
    `${data.source.publisher.en}. “${data.title.en}” (${data.title.ar}). ${formatDate(data.date)}${where}. ` +
    `English gloss by ${data.gloss.translator}, revised ${formatDate(data.gloss.revised)}. Bayan. ${url} (accessed ${formatDate(accessed)}).`
  );
}

/** A BibTeX @misc entry; Arabic stays in UTF-8 (biblatex and modern BibTeX read it). */
export function bibtex({ slug, data, n, url, accessed }: CiteTarget): string {
  const key = `bayan:${slug}${n ? `:p${n}` : ''}`;
  const escape = (s: string) => s.replace(/([{}%&$#_])/g, '\\$1');
  const fields: [string, string][] = [
    ['title', `{${escape(data.title.en)}}`],
    ['titleaddon', escape(data.title.ar)],
    ['organization', escape(data.source.publisher.en)],
    ['date', data.date],
    ...(n ? ([['pages', `para. ${n}`]] as [string, string][]) : []),
    ['note', escape(`Arabic original with English gloss by ${data.gloss.translator}, revised ${data.gloss.revised}`)],
    ['url', url],
    ['urldate', accessed],
    ['langid', 'arabic'],
  ];
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}`;
}

/** CSL-JSON (an array of one item), as Zotero and citeproc read it. */
export function cslJson({ slug, data, n, url, accessed }: CiteTarget): string {
  const parts = (iso: string) => [iso.split('-').map(Number)];
  const item = {
    id: `bayan-${slug}${n ? `-p${n}` : ''}`,
    type: 'document',
    title: data.title.en,
    'original-title': data.title.ar,
    publisher: data.source.publisher.en,
    issued: { 'date-parts': parts(data.date) },
    ...(n ? { locator: String(n), label: 'paragraph' } : {}),
    note: `Arabic original with English gloss by ${data.gloss.translator}, revised ${data.gloss.revised}`,
    language: data.lang,
    URL: url,
    accessed: { 'date-parts': parts(accessed) },
  };
  return JSON.stringify([item], null, 2);
}
