/**
 * Shows this readout's notes in the text: each quotation in its colour, its counterpart sentence faintly
 * (so a highlight in the English points to its Arabic), with the CSS Custom Highlight API, which leaves the
 * text and what screen readers hear untouched. A quotation no longer found where it was (a revised gloss) is
 * not drawn anywhere else: its note is flagged in "My notes".
 */
import { findQuote } from '../../../lib/notes/anchor.ts';
import { COLOURS, quoteOfNote } from '../../../lib/notes/annotation.ts';
import { allNotes } from './db.ts';
import { readoutSlug } from '../readout-page.ts';

export { readoutSlug };

/**
 * Where a note is: its paragraph, its sentence (none for the whole paragraph) or sentences s…to, the
 * language of its quotation.
 */
type Place = { n: number; s?: number | undefined; to?: number | undefined; lang: 'ar' | 'en' };

const column = (lang: 'ar' | 'en') => (lang === 'ar' ? '.pair-text' : '.gloss');
const other = (lang: 'ar' | 'en') => (lang === 'ar' ? 'en' : 'ar');

/**
 * The text a note is anchored in: its sentence on its side; its column of the paragraph when it spans
 * several sentences; or the whole English of its paragraph.
 */
export function anchorElement(note: Place): HTMLElement | null {
  const sentence = note.s && !note.to ? ` .seg[data-s="${note.s}"]` : '';
  return document.querySelector<HTMLElement>(`#p-${note.n} ${column(note.lang)}${sentence}`);
}
/** What a note's quotation stands for in the other language: its sentence(s), or the paragraph's other column. */
export function counterpartElements(note: Place): HTMLElement[] {
  const side = `#p-${note.n} ${column(other(note.lang))}`;
  if (!note.s) return [...document.querySelectorAll<HTMLElement>(side)];
  const last = note.to ?? note.s;
  return [...document.querySelectorAll<HTMLElement>(`${side} .seg`)].filter((seg) => {
    const s = Number(seg.dataset['s']);
    return s >= note.s! && s <= last;
  });
}

/** A DOM range over characters start…end of an element's text. */
export function rangeIn(element: Node, start: number, end: number): Range {
  const range = document.createRange();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (at <= start && start <= at + length) range.setStart(node, start - at);
    if (at <= end && end <= at + length) return (range.setEnd(node, end - at), range);
    at += length;
  }
  return range;
}

/** Draws the readout's notes; returns the ids of those whose text has changed. */
export async function paint(): Promise<Set<string>> {
  const notes = (await allNotes()).filter((n) => n.bayan.readout === readoutSlug());
  const changed = new Set<string>();
  const ranges = new Map<string, Range[]>();
  const add = (name: string, range: Range) => ranges.set(name, [...(ranges.get(name) ?? []), range]);
  for (const note of notes) {
    const element = anchorElement(note.bayan);
    const at = element && findQuote(element.textContent ?? '', quoteOfNote(note));
    if (!element || !at) {
      changed.add(note.id);
      continue;
    }
    add(`bayan-${note.bayan.colour}`, rangeIn(element, at.start, at.end));
    for (const other of counterpartElements(note.bayan)) {
      const range = document.createRange();
      range.selectNodeContents(other);
      add(`bayan-${note.bayan.colour}-faint`, range);
    }
  }
  for (const colour of COLOURS)
    for (const name of [`bayan-${colour}`, `bayan-${colour}-faint`])
      CSS.highlights.set(name, new Highlight(...(ranges.get(name) ?? [])));
  return changed;
}
