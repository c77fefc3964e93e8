/**
 * A term's mentions as a concordance shows them: the aligned sentence pairs that name it, each with the
 * term's marks inside it (offsets within the sentence), for the term page's keyword-in-context list.
 */
import type { PairText, TermMark } from '../readout/pairs.ts';

export interface MentionSentence {
  /** The sentence's number in its pair (1-based: `#p-N.s`). */
  s: number;
  original: { text: string; ranges: { start: number; end: number }[] };
  gloss: { text: string; ranges: { start: number; end: number }[] };
}

/** The sentences of `pair` holding a mark with one of `ids`, in either language. */
export function mentionSentences(pair: PairText, ids: ReadonlySet<string>): MentionSentence[] {
  const within = (marks: readonly TermMark[], span: { start: number; end: number }) =>
    marks
      .filter((m) => ids.has(m.id) && m.start >= span.start && m.end <= span.end)
      .map((m) => ({ start: m.start - span.start, end: m.end - span.start }));
  return pair.segments
    .map((segment, i) => ({
      s: i + 1,
      original: {
        text: pair.original.slice(segment.original.start, segment.original.end),
        ranges: within(pair.marks.original, segment.original),
      },
      gloss: {
        text: pair.gloss.slice(segment.gloss.start, segment.gloss.end),
        ranges: within(pair.marks.gloss, segment.gloss),
      },
    }))
    .filter((m) => m.original.ranges.length > 0 || m.gloss.ranges.length > 0);
}
