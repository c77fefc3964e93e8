/**
 * The pair model: one aligned pair as plain text, as pages, search and exports read it. Made from
 * a pair of the body (body.ts) by remark-readout-pairs; its glossary marks are filled in by
 * rehype-glossary-marks.
 */
import { toString } from 'mdast-util-to-string';
import type { Pair } from './body.ts';
import type { Span } from './sentences.ts';

/** One pair as plain text, for pages, search and exports. */
export interface PairText {
  n: number;
  speaker: string;
  original: string;
  gloss: string;
  notes: string[];
  /** Filled in by rehype-glossary-marks: the terms mentioned, and where (offsets in `original` and `gloss`). */
  terms: string[];
  marks: { original: TermMark[]; gloss: TermMark[] };
  /** The aligned sentences (segment s + 1 is `#p-N.s+1`): offsets in `original` and in `gloss`, and who speaks it (the pair's speaker unless its line names another). */
  segments: { original: Span; gloss: Span; speaker: string }[];
}

export interface TermMark {
  id: string;
  start: number;
  end: number;
}

/** A pair of the body as plain text, its marks not yet found. */
export function pairText(pair: Pair): PairText {
  const gloss = glossText(pair);
  return {
    n: pair.n,
    speaker: pair.speaker,
    original: toString(pair.arabic),
    gloss: gloss.text,
    notes: pair.notes.map((note) => toString(note)),
    terms: [],
    marks: { original: [], gloss: [] },
    segments: pair.segments.map((segment, i) => ({
      original: segment.arabic,
      gloss: gloss.spans[i]!,
      speaker: segment.gloss.speaker ?? pair.speaker,
    })),
  };
}

/** The gloss as plain text — a paragraph's lines joined by a space, paragraphs by a blank line — and each segment's span in it. */
function glossText(pair: Pair): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  pair.segments.forEach(({ gloss: line }, i) => {
    if (i > 0) text += line.paragraph === pair.segments[i - 1]!.gloss.paragraph ? ' ' : '\n\n';
    const value = line.nodes.map((node) => toString(node)).join('');
    spans.push({ start: text.length, end: text.length + value.length });
    text += value;
  });
  return { text, spans };
}
