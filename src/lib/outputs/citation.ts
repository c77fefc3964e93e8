/**
 * Citations of a readout or one of its paragraphs, in one place so every copy
 * cites alike: the line "Copy paragraph" appends, a formatted reference,
 * BibTeX and CSL-JSON. The line and the reference follow the interface's
 * language; BibTeX and CSL-JSON are data, the same on every page.
 */
import type { ReadoutData } from '../../schemas/readout.ts';
import { formatDate } from '../../i18n/format.ts';
import { formatNumber } from '../language/languages.ts';
import type { Locale } from '../../i18n/locales.ts';

/** Placeholders the page script fills in: the paragraph number and its absolute link. */
export const CITE_N = '{n}';
export const CITE_URL = '{url}';

/** The line "Copy paragraph" appends: the readout, its date, the paragraph, the publisher, the gloss credit, the link. */
export function paragraphCitation(data: ReadoutData, n: string, url: string, locale: Locale = 'en'): string {
  const date = (iso: string) => formatDate(locale, iso);
  if (locale === 'ar') {
    return (
      `«${data.title.ar}» (${data.title.en})، ${date(data.date)}، الفقرة ${n}. ` +
      `${data.source.publisher.ar}؛ الترجمة الإنجليزية: ${data.gloss.translator}، مراجَعة في ${date(data.gloss.revised)}. ${url}`
    );
  }
  return (
    `${data.title.en} (${data.title.ar}), ${date(data.date)}, paragraph ${n}. ` +
    `${data.source.publisher.en}; English translation by ${data.gloss.translator}, revised ${date(data.gloss.revised)}. ${url}`
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

/**
 * The formatted reference in an interface language. English: Publisher. “Title” (Arabic title). Date,
 * paragraph N. English translation by …, revised …. Bayan. URL (accessed …). Arabic, as Arabic references
 * are written: الناشر. «العنوان» (English title). التاريخ، الفقرة ن. … متاح على: URL (تاريخ الاطلاع: …).
 */
export function reference({ data, n, url, accessed }: CiteTarget, locale: Locale = 'en'): string {
  const date = (iso: string) => formatDate(locale, iso);
  if (locale === 'ar') {
    const where = n ? `، الفقرة ${formatNumber(n, 'ar')}` : '';
    return (
      `${data.source.publisher.ar}. «${data.title.ar}» (${data.title.en}). ${date(data.date)}${where}. ` +
      `الترجمة الإنجليزية: ${data.gloss.translator}، مراجَعة في ${date(data.gloss.revised)}. بيان. متاح على: ${url} (تاريخ الاطلاع: ${date(accessed)}).`
    );
  }
  const where = n ? `, paragraph ${n}` : '';
  return (
    `${data.source.publisher.en}. “${data.title.en}” (${data.title.ar}). ${date(data.date)}${where}. ` +
    `English translation by ${data.gloss.translator}, revised ${date(data.gloss.revised)}. Bayan. ${url} (accessed ${date(accessed)}).`
  );
}

/**
 * Reference managers cite a paragraph as the readout plus a locator ("para. 12"): the locator belongs
 * to the citation, not to the entry, so every paragraph of a readout shares one entry and one key.
 * The original's publisher is the author (an organisation), the gloss translator is the translator,
 * and Bayan is where the glossed text is published.
 */
const readoutUrl = (url: string) => url.replace(/#.*$/, '');
const entryKey = (slug: string) => `bayan:${slug}`;
const itemId = (slug: string) => `bayan-${slug}`;
const glossNote = (data: ReadoutData) =>
  `Arabic original with English translation by ${data.gloss.translator}, revised ${data.gloss.revised}`;

/** A biblatex @online entry; Arabic stays in UTF-8 (biblatex with biber reads it). */
export function bibtex({ slug, data, url, accessed }: CiteTarget): string {
  const escape = (s: string) => s.replace(/([{}%&$#_])/g, '\\$1');
  const fields: [string, string][] = [
    // Double braces: an organisation, not a person's "Family, Given".
    ['author', `{${escape(data.source.publisher.en)}}`],
    ['title', `{${escape(data.title.en)}}`],
    ['titleaddon', escape(data.title.ar)],
    ['translator', `{${escape(data.gloss.translator)}}`],
    ['origlanguage', 'arabic'],
    ['organization', 'Bayan'],
    ['date', data.date],
    ['note', escape(glossNote(data))],
    // biblatex prints a postnote as "para. 12" with this: \autocite[12]{key}.
    ['pagination', 'paragraph'],
    ['url', readoutUrl(url)],
    ['urldate', accessed],
    ['langid', 'english'],
  ];
  return `@online{${entryKey(slug)},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}`;
}

/** How LaTeX cites paragraph `n` of the entry above (biblatex). */
export function latexCite({ slug, n }: CiteTarget): string {
  return `\\autocite${n ? `[${n}]` : ''}{${entryKey(slug)}}`;
}

/** CSL-JSON (an array of one item), as Zotero and citeproc read it. */
export function cslJson({ slug, data, url, accessed }: CiteTarget): string {
  const parts = (iso: string) => [iso.split('-').map(Number)];
  const item = {
    id: itemId(slug),
    type: 'webpage',
    author: [{ literal: data.source.publisher.en }],
    title: data.title.en,
    translator: [{ literal: data.gloss.translator }],
    'container-title': 'Bayan',
    issued: { 'date-parts': parts(data.date) },
    note: `${glossNote(data)}. Original title: ${data.title.ar}`,
    // The language of what is cited: the English gloss (the original is Arabic, said in the note).
    language: 'en',
    URL: readoutUrl(url),
    accessed: { 'date-parts': parts(accessed) },
  };
  return compactNumberArrays(JSON.stringify([item], null, 2));
}

/** `"date-parts": [[2021, 12, 15]]` on one line, as people write it (and so the page script can find a date on one line). */
function compactNumberArrays(json: string): string {
  return json.replace(
    /\[\s*\[([\d,\s]+)\]\s*\]/g,
    (_, numbers: string) =>
      `[[${numbers
        .trim()
        .split(/\s*,\s*/)
        .join(', ')}]]`,
  );
}

/** A CSL citation of paragraph `n` (citeproc's citation object): the item above with the paragraph as locator. */
export function cslCitation({ slug, n }: CiteTarget): string {
  const citationItem = { id: itemId(slug), ...(n ? { locator: String(n), label: 'paragraph' } : {}) };
  return JSON.stringify({ citationItems: [citationItem], properties: { noteIndex: 0 } }, null, 2);
}
