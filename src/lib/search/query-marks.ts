/**
 * Which words of a text to mark for a query, and the excerpt to show around
 * them. Pure, shared by search results and by the reading page on landing.
 */
import { sliceByRanges, type Range } from '../language/ranges.ts';
import { arabicWordVariants, isArabic, WORD } from './text.ts';

export type { Range };

/**
 * Ranges of words that are forms of a query token, and of whole phrases
 * (glossary names the query stands for, e.g. SCO → منظمة شانغهاي للتعاون).
 */
export function queryMarkRanges(
  text: string,
  tokens: readonly string[],
  phrases: readonly (readonly string[])[] = [],
): Range[] {
  const words: { start: number; end: number; text: string }[] = [];
  let at = 0;
  for (const part of splitWords(text)) {
    if (part.word) words.push({ start: at, end: at + part.text.length, text: part.text });
    at += part.text.length;
  }
  // Each marked word gets a group: its own for a single word, a shared one for each phrase occurrence.
  const group = new Array<number>(words.length).fill(0);
  let next = 1;
  words.forEach((w, i) => {
    if (tokens.some((t) => wordMatches(w.text, t))) group[i] = next++;
  });
  for (const phrase of phrases) {
    if (phrase.length === 0) continue;
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (!phrase.every((t, k) => wordMatches(words[i + k]!.text, t))) continue;
      const id = next++;
      for (let k = 0; k < phrase.length; k++) group[i + k] = id;
    }
  }
  const ranges: Range[] = [];
  words.forEach((w, i) => {
    if (!group[i]) return;
    const last = ranges.at(-1);
    if (last && i > 0 && group[i - 1] === group[i]) last.end = w.end;
    else ranges.push({ start: w.start, end: w.end });
  });
  return ranges;
}

/** About `size` words of `text` around its first range (or its beginning), with the ranges that fall inside. */
export function excerpt(text: string, ranges: readonly Range[], size = 32): { text: string; ranges: Range[] } {
  const starts: number[] = [];
  for (const m of text.matchAll(/\S+/g)) starts.push(m.index);
  if (starts.length <= size) return { text, ranges: [...ranges] };
  const focus = ranges[0]?.start ?? 0;
  const focusWord = Math.max(
    0,
    starts.findLastIndex((s) => s <= focus),
  );
  const first = Math.max(0, Math.min(focusWord - Math.floor(size / 3), starts.length - size));
  const from = starts[first]!;
  const to = first + size < starts.length ? starts[first + size]! : text.length;
  const prefix = first > 0 ? '… ' : '';
  const suffix = to < text.length ? ' …' : '';
  const shift = prefix.length - from;
  return {
    text: prefix + text.slice(from, to).trimEnd() + suffix,
    ranges: ranges
      .filter((r) => r.start >= from && r.end <= to)
      .map((r) => ({ start: r.start + shift, end: r.end + shift })),
  };
}

/**
 * The sentence a result should open on: the segment holding most of the marked ranges of both
 * texts (the first of equals), as its index; undefined when nothing is marked.
 */
export function bestSegment(
  segments: readonly { original: readonly [number, number]; english: readonly [number, number] }[],
  marked: { original: readonly Range[]; english: readonly Range[] },
): number | undefined {
  const inside = (ranges: readonly Range[], [start, end]: readonly [number, number]) =>
    ranges.filter((r) => r.start >= start && r.end <= end).length;
  let best: number | undefined;
  let most = 0;
  segments.forEach((segment, i) => {
    const count = inside(marked.original, segment.original) + inside(marked.english, segment.english);
    if (count > most) [best, most] = [i, count];
  });
  return best;
}

/** Whether a word on the page is a form of a query token (for highlighting results and landings). */
export function wordMatches(word: string, token: string): boolean {
  if (isArabic(word) !== isArabic(token)) return false;
  if (isArabic(word)) return arabicWordVariants(word).some((v) => v.startsWith(token));
  return word.toLowerCase().startsWith(englishStem(token));
}

/** A rough English stem for highlighting only (Pagefind does the real stemming when searching). */
function englishStem(token: string): string {
  const t = token.toLowerCase();
  if (t.length <= 4) return t;
  return t.replace(/(?:ies|es|s|ing|ed|ism|ity|y|e)$/u, '') || t;
}

/** Splits text into words and the text between them, for highlighting. */
export function splitWords(text: string): { text: string; word: boolean }[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return sliceByRanges(text, words).map((piece) => ({ text: piece.text, word: piece.range !== undefined }));
}
