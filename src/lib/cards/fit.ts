/**
 * Fitting a quotation into a quote card's lines (src/client/reader/card/): wrapped by whole words, as many
 * lines as there is room for, and a quotation longer than that shortened at a word boundary with an
 * ellipsis, never cut inside a word. Measuring is the caller's (the canvas's `measureText`), so this is
 * pure and the same for Arabic and English: a line is a run of words in reading order, whatever its direction.
 */
export const ELLIPSIS = '…';

/** A line's width in the card's pixels. */
export type Measure = (text: string) => number;

/** Punctuation a shortened line does not end on before its ellipsis ("word, …" reads as "word…"). */
const TRAILING = /[\s,;:،؛.\-–—(«“"']+$/u;

export const wordsOf = (text: string) => text.trim().split(/\s+/u).filter(Boolean);

/** Whole words, greedily, each line no wider than `width`; a word wider than a line has one of its own. */
export function wrap(text: string, measure: Measure, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of wordsOf(text)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && measure(longer) > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines;
}

/** A line's words ending in the ellipsis, dropping words from its end until it fits. */
function withEllipsis(line: string, measure: Measure, width: number): string {
  const words = wordsOf(line);
  while (words.length > 1 && measure(`${words.join(' ').replace(TRAILING, '')}${ELLIPSIS}`) > width) words.pop();
  return `${words.join(' ').replace(TRAILING, '')}${ELLIPSIS}`;
}

export interface Fitted {
  lines: string[];
  /** Whether words were left off (the last line then ends in the ellipsis). */
  shortened: boolean;
}

/** The text in at most `maxLines` lines of `width`; shortened at a word boundary if it needs more. */
export function fit(text: string, measure: Measure, width: number, maxLines: number): Fitted {
  const lines = wrap(text, measure, width);
  if (lines.length <= maxLines) return { lines, shortened: false };
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = withEllipsis(kept.at(-1)!, measure, width);
  return { lines: kept, shortened: true };
}

/** The text as shortened to `lines`: what the card shows, for its alt text. */
export const shownText = (fitted: Fitted) => fitted.lines.join(' ');
