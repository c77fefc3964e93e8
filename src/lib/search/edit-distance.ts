/**
 * How far a mistyped word is from a word of the index: the optimal string
 * alignment distance (insertions, deletions, substitutions and swaps of
 * neighbouring letters, each used once per letter), with Arabic-aware costs.
 *
 * Reasoning: in Arabic the commonest misspellings are a long vowel written in or
 * left out (الأولومبياد for الأولمبياد, بوتن for بوتين) and letters that sound alike
 * to many speakers (ض/ظ, ث/س, ذ/ز …); they cost half an edit, so a word of 4–8
 * letters forgives two of them where it forgives one other mistake. ه/ة, ى/ي and
 * the hamza forms are folded before (src/lib/language/arabic.ts), so they cost nothing.
 */

/** Costs in half edits, so the table holds integers. */
const FULL = 2;
const HALF = 1;

const LONG_VOWELS = new Set(['ا', 'و', 'ي']);
/** Pairs of letters often written for each other; each pair is listed once. */
const CONFUSED = ['ضظ', 'ضد', 'ظز', 'ثس', 'ثت', 'ذز', 'ذد', 'صس', 'طت', 'قك', 'غج', 'غك', 'او', 'اي', 'وي'];
const confused = new Set(CONFUSED.flatMap(([a, b]) => [`${a}${b}`, `${b}${a}`]));

/**
 * The consonants often written for `letter` (ز → ذ, ظ), each half an edit away. The long vowels
 * are left out: a word does not begin with one written for another (and ا starts a fifth of all words).
 */
export const confusedWith = (letter: string): string[] =>
  LONG_VOWELS.has(letter)
    ? []
    : CONFUSED.filter((pair) => pair.includes(letter))
        .map((pair) => pair.replace(letter, ''))
        .filter((l) => !LONG_VOWELS.has(l));

const indelCost = (letter: string) => (LONG_VOWELS.has(letter) ? HALF : FULL);
const substitutionCost = (a: string, b: string) => (a === b ? 0 : confused.has(`${a}${b}`) ? HALF : FULL);

/** The edits a word of this many letters (counted on its folded form) may carry: 1 for 4–8 letters, 2 for 9 or more. */
export function allowedEdits(letters: number): number {
  return letters < 4 ? 0 : letters < 9 ? 1 : 2;
}

/**
 * How many letters longer or shorter than a typed word a word within `edits` may be. In Arabic a
 * long vowel written in or left out costs half an edit, so one edit may hide two of them
 * (فلادمر → فلاديمير); more than three missing in one word is not a typo, so two edits reach three.
 */
export function lengthReach(edits: number, arabic: boolean): number {
  return arabic ? Math.min(edits * 2, edits + 1) : edits;
}

/**
 * The distance between `typed` and `word` in edits (halves allowed), or Infinity
 * when it is more than `max`: rows stop as soon as every cell is over the limit.
 */
export function editDistance(typed: string, word: string, max = Infinity): number {
  const a = [...typed];
  const b = [...word];
  const limit = max * FULL;
  if (Math.abs(a.length - b.length) * HALF > limit) return Infinity;
  // Three rows of the table: the one before the previous (for swaps), the previous and the current.
  let before: number[] = [];
  let previous = [0];
  for (let j = 1; j <= b.length; j++) previous[j] = previous[j - 1]! + indelCost(b[j - 1]!);
  for (let i = 1; i <= a.length; i++) {
    const current = [previous[0]! + indelCost(a[i - 1]!)];
    let smallest = current[0]!;
    for (let j = 1; j <= b.length; j++) {
      let cost = Math.min(
        previous[j]! + indelCost(a[i - 1]!),
        current[j - 1]! + indelCost(b[j - 1]!),
        previous[j - 1]! + substitutionCost(a[i - 1]!, b[j - 1]!),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && a[i - 1] !== b[j - 1])
        cost = Math.min(cost, before[j - 2]! + FULL);
      current[j] = cost;
      smallest = Math.min(smallest, cost);
    }
    if (smallest > limit) return Infinity;
    before = previous;
    previous = current;
  }
  const distance = previous[b.length]!;
  return distance > limit ? Infinity : distance / FULL;
}
