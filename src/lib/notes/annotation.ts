/**
 * A reader's highlight or note, as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/): what the
 * export's JSON holds and IndexedDB stores. The target names the sentence (a FragmentSelector, `p-12.3`, the
 * page's own anchor) and the quoted text (a TextQuoteSelector); `bayan` keeps what a list and a Markdown
 * export need without the page: the readout's title, the counterpart's text, the colour. Browser-safe and pure.
 */
import type { TextQuoteSelector } from './anchor.ts';

export const COLOURS = ['yellow', 'green', 'blue'] as const;
export type Colour = (typeof COLOURS)[number];

export interface Note {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body: { type: 'TextualBody'; value: string; format: 'text/plain' }[];
  target: {
    /** The reading page's absolute address, without a fragment. */
    source: string;
    selector: [{ type: 'FragmentSelector'; value: string }, TextQuoteSelector];
  };
  bayan: {
    readout: string;
    /** The readout's title in each language, for the interface the list or export is read in. */
    title: { ar: string; en: string };
    n: number;
    /** The sentence (the first, if several), or none for a whole paragraph. */
    s?: number;
    /** The last sentence, when the quotation spans several (s…to): anchored in its column's text then. */
    to?: number;
    /** The language of the quoted text; the counterpart is in the other. */
    lang: 'ar' | 'en';
    counterpart: string;
    colour: Colour;
  };
}

export const noteText = (note: Note) => note.body[0]?.value ?? '';
export const quoteOfNote = (note: Note) => note.target.selector[1];
export const fragmentOf = (note: Note) => note.target.selector[0].value;

/** Whether a value read from an imported file is a note Bayan wrote (the fields it reads are there). */
export function isNote(value: unknown): value is Note {
  const note = value as Note;
  return (
    typeof note?.id === 'string' &&
    note.type === 'Annotation' &&
    Array.isArray(note.body) &&
    typeof note.target?.source === 'string' &&
    note.target.selector?.[1]?.type === 'TextQuoteSelector' &&
    typeof note.bayan?.readout === 'string' &&
    Number.isInteger(note.bayan.n) &&
    (note.bayan.lang === 'ar' || note.bayan.lang === 'en') &&
    (COLOURS as readonly string[]).includes(note.bayan.colour)
  );
}

/** The notes of an imported file that are not stored already (by id, so a file imported twice adds nothing). */
export function newNotes(stored: readonly Note[], file: unknown): Note[] {
  const items = Array.isArray(file) ? file : (file as { items?: unknown })?.items;
  if (!Array.isArray(items)) return [];
  const seen = new Set(stored.map((n) => n.id));
  return items.filter(isNote).filter((n) => !seen.has(n.id) && (seen.add(n.id), true));
}

/** The JSON export: a Web Annotation collection page, the notes in reading order. */
export function toJson(notes: readonly Note[]): string {
  const items = [...notes].sort(byPlace);
  return JSON.stringify(
    { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: items.length, items },
    null,
    2,
  );
}

export const byPlace = (a: Note, b: Note) =>
  a.bayan.readout.localeCompare(b.bayan.readout) || a.bayan.n - b.bayan.n || (a.bayan.s ?? 0) - (b.bayan.s ?? 0);

/**
 * The Markdown export, ready to paste into a report: per note a heading with the reference, the quotation
 * in both languages (the Arabic first), the note, and the link to the sentence.
 */
export function toMarkdown(notes: readonly Note[], reference: (note: Note) => string): string {
  return [...notes]
    .sort(byPlace)
    .map((note) => {
      const quote = quoteOfNote(note).exact;
      const [ar, en] = note.bayan.lang === 'ar' ? [quote, note.bayan.counterpart] : [note.bayan.counterpart, quote];
      const quoted = [ar, en].filter(Boolean).map((text) => `> ${text.replace(/\n+/g, ' ')}`);
      const text = noteText(note);
      return [
        `## ${reference(note)}`,
        '',
        quoted.join('\n>\n'),
        ...(text ? ['', text] : []),
        '',
        `${note.target.source}#${fragmentOf(note)}`,
      ].join('\n');
    })
    .join('\n\n');
}
