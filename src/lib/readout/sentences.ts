/**
 * Where the sentences of an Arabic (or English) paragraph begin and end.
 *
 * A sentence ends after a run of `.`, `!`, `?` or `؟` (plus any closing quotation
 * marks or brackets) that is followed by white space or the end of the text, except:
 * - inside a quotation that closes later in the paragraph (the quoted speech goes on);
 * - after an abbreviation: a single letter (د. م. A.) or one listed in ABBREVIATIONS;
 * - after a number that opens the sentence (an enumerator such as "1.");
 * - at an ellipsis (… or ...), which in these texts marks words left out, not an end.
 * A decimal point (2.5) is never followed by white space, so it never ends a sentence.
 * Where the rule is wrong, a content file overrides it (src/lib/readout/body.ts); the
 * text itself is never edited.
 */

export interface Span {
  start: number;
  end: number;
}

const TERMINATOR = /[.!?؟]+/gu;
const CLOSERS = /^["”»’)\]]*/u;
const ABBREVIATIONS = new Set([
  'إلخ',
  'ص',
  'د',
  'م',
  'هـ',
  'ق',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'St',
  'No',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'U.S',
  'U.N',
]);
const OPENERS: Record<string, string> = { '«': '»', '“': '”', '(': ')' };

/** Offsets where the rule puts a sentence break: each is the start of a sentence after the first. */
export function sentenceBreaks(text: string): number[] {
  const quoted = quotedSpans(text);
  const breaks: number[] = [];
  for (const match of text.matchAll(TERMINATOR)) {
    const at = match.index;
    const run = match[0];
    const closers = CLOSERS.exec(text.slice(at + run.length))?.[0] ?? '';
    const after = at + run.length + closers.length;
    const next = text.slice(after).search(/\S/u);
    if (next <= 0) continue; // no white space after it, or the end of the text
    if (run === '...' || run === '..') continue;
    if (run === '.' && (isAbbreviation(text, at) || isEnumerator(text, at, breaks))) continue;
    if (quoted.some((q) => q.start < at && at + run.length + closers.length < q.end)) continue;
    breaks.push(after + next);
  }
  return breaks;
}

/** The sentences between `breaks` (sorted offsets), without their surrounding white space. */
export function spansBetween(text: string, breaks: readonly number[]): Span[] {
  const edges = [0, ...breaks, text.length];
  const spans: Span[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    let start = edges[i]!;
    let end = edges[i + 1]!;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    spans.push({ start, end });
  }
  return spans;
}

const wordBefore = (text: string, at: number) =>
  /[\p{L}\p{M}.]*$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0] ?? '';

function isAbbreviation(text: string, at: number): boolean {
  const word = wordBefore(text, at);
  return [...word.replace(/\p{M}/gu, '')].length === 1 || ABBREVIATIONS.has(word);
}

function isEnumerator(text: string, at: number, breaks: readonly number[]): boolean {
  const start = breaks.at(-1) ?? 0;
  return /^\s*\d+$/u.test(text.slice(start, at));
}

/** Quotations that open and close inside the text: "…" paired in order, «…», “…” and (…). An unpaired mark quotes nothing. */
function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let straight = -1;
  const open: { char: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') {
      if (straight < 0) straight = i;
      else {
        spans.push({ start: straight, end: i });
        straight = -1;
      }
    } else if (char in OPENERS) {
      open.push({ char, at: i });
    } else {
      const index = open.findLastIndex((o) => OPENERS[o.char] === char);
      if (index >= 0) {
        spans.push({ start: open[index]!.at, end: i });
        open.length = index;
      }
    }
  }
  return spans;
}
