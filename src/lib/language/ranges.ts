/**
 * A text cut at ranges: the one way Bayan slices text into marked and unmarked pieces — glossary
 * marks, sentence spans, search marks, words. Browser-safe.
 */
export interface Range {
  start: number;
  end: number;
}

/** A piece of the text: inside one of the ranges (`range` set) or between them. */
export type Piece<R extends Range> = { text: string; range: R } | { text: string; range?: undefined };

/**
 * The text in order as pieces: the text between ranges (never empty) and each range's text.
 * `ranges` are in text order and do not overlap.
 */
export function sliceByRanges<R extends Range>(text: string, ranges: Iterable<R>): Piece<R>[] {
  const pieces: Piece<R>[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start > at) pieces.push({ text: text.slice(at, range.start) });
    pieces.push({ text: text.slice(range.start, range.end), range });
    at = range.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
