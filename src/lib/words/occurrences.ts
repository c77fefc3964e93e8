/**
 * Each analysed word where it stands: its paragraph, its place among the paragraph's words, the
 * aligned sentence it is in and its offsets there. Root pages, vocabularies and the browser's data read
 * this; pure, so it is tested string in, string out.
 */
import type { ReadoutWords, Word } from '../../schemas/words.ts';
import type { Span } from '../readout/sentences.ts';
import { WORD } from './tokens.ts';

/** What a pair gives the word study: its number, its Arabic, its aligned sentences' spans. */
export interface StudyPair {
  n: number;
  original: string;
  gloss: string;
  segments: { original: Span; gloss: Span }[];
}

export interface Occurrence {
  slug: string;
  n: number;
  /** 0-based among the paragraph's words. */
  index: number;
  word: Word;
  /** 1-based aligned sentence (`#p-N.s`). */
  sentence: number;
  /** The word's offsets in the paragraph's Arabic. */
  start: number;
  end: number;
}

export function occurrencesOf(slug: string, pairs: readonly StudyPair[], words: ReadoutWords): Occurrence[] {
  return pairs.flatMap((pair) => {
    const analysed = words[String(pair.n)]?.words ?? [];
    return [...pair.original.matchAll(WORD)].flatMap((match, index) => {
      const word = analysed[index];
      if (!word) return []; // the content check has said so
      const start = match.index;
      const s = pair.segments.findIndex((seg) => start >= seg.original.start && start < seg.original.end);
      return [{ slug, n: pair.n, index, word, sentence: Math.max(0, s) + 1, start, end: start + match[0].length }];
    });
  });
}

/** The sentence pair an occurrence stands in, its word's offsets relative to the Arabic sentence. */
export function sentenceOf(pair: StudyPair, occurrence: Occurrence) {
  const segment = pair.segments[occurrence.sentence - 1] ?? {
    original: { start: 0, end: pair.original.length },
    gloss: { start: 0, end: pair.gloss.length },
  };
  return {
    arabic: pair.original.slice(segment.original.start, segment.original.end),
    english: pair.gloss.slice(segment.gloss.start, segment.gloss.end),
    mark: { start: occurrence.start - segment.original.start, end: occurrence.end - segment.original.start },
  };
}
