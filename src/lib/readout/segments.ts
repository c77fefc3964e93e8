/**
 * Sentence alignment inside a pair: which Arabic sentences each line of the
 * English gloss renders.
 *
 * - The Arabic is split by the sentence rule, corrected by `::split`/`::join` lines
 *   (arabic-breaks.ts).
 * - Each line of the gloss is one segment and renders one Arabic sentence. A line
 *   may hold several English sentences (one-to-many). A line that renders more than
 *   one Arabic sentence starts with `:sentences[N]` (many-to-one) (gloss-lines.ts).
 * Segments are numbered from 1 within their paragraph: `#p-15.7`.
 */
import type { Paragraph } from 'mdast';
import type { Report } from './body-markup.ts';
import type { GlossLine } from './gloss-lines.ts';
import { spansBetween, type Span } from './sentences.ts';

export interface Segment {
  /** Offsets of the segment's Arabic in the paragraph's text. */
  arabic: Span;
  gloss: GlossLine;
}

/** Pairs gloss lines with Arabic sentences; reports a count that does not add up. */
export function alignSegments(
  text: string,
  breaks: readonly number[],
  lines: readonly GlossLine[],
  n: number,
  gloss: { position?: Paragraph['position'] },
  report: Report,
): Segment[] {
  const sentences = spansBetween(text, breaks);
  const rendered = lines.reduce((sum, l) => sum + l.covers, 0);
  if (rendered !== sentences.length) {
    const list = sentences.map((s, i) => `${i + 1}. ${opening(text.slice(s.start, s.end))}`).join(' ');
    report(
      gloss,
      `Paragraph ${n} has ${sentences.length} Arabic sentence(s) but its gloss renders ${rendered} (${lines.length} line(s)). Write one line of English per Arabic sentence (start a line with :sentences[N] when it renders N of them), or correct the Arabic breaks with ::split[…] / ::join[…]. The Arabic sentences start: ${list}`,
    );
    return [];
  }
  let next = 0;
  return lines.map((gloss) => {
    const from = sentences[next]!;
    const to = sentences[next + gloss.covers - 1]!;
    next += gloss.covers;
    return { arabic: { start: from.start, end: to.end }, gloss };
  });
}

const opening = (sentence: string) => {
  const words = sentence.split(/\s+/u);
  return `“${words.slice(0, 4).join(' ')}${words.length > 4 ? ' …' : ''}”`;
};
