/**
 * A reader's note is anchored as the W3C Web Annotation model's TextQuoteSelector: the quoted text with a
 * little context either side. Finding it again in the text as built now tells whether the text at the anchor
 * has changed (a revised gloss line): then the note is kept and flagged, never moved to a lookalike.
 * Browser-safe and pure.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Enough context to tell repeated words apart, short enough to survive an edit elsewhere in the paragraph. */
const CONTEXT = 32;

export function quoteOf(text: string, start: number, end: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

/**
 * Where the quote is in `text`: among the places the exact text occurs, the one whose context matches
 * best (its prefix and suffix, compared from the quote outwards); null if the exact text is gone.
 */
export function findQuote(text: string, quote: TextQuoteSelector): { start: number; end: number } | null {
  if (!quote.exact) return null;
  let best: { start: number; score: number } | null = null;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const score =
      commonLength([...quote.prefix].reverse(), [...text.slice(0, at)].reverse()) +
      commonLength([...quote.suffix], [...text.slice(at + quote.exact.length)]);
    if (!best || score > best.score) best = { start: at, score };
  }
  return best && { start: best.start, end: best.start + quote.exact.length };
}

function commonLength(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
