/**
 * What a word is, for the content check, the build and the browser alike: a maximal run of Arabic
 * letters, marks and tatweel (docs/word-study.md). Punctuation, digits, Latin and quotes are not words.
 */
export const WORD = /[\u0621-\u063A\u0640-\u0652\u0670\u0671-\u06D3]+/gu;
/** The short vowels, sukūn, shadda, tanwīn and the dagger alif: what "without vowels" removes. */
const HARAKAT = /[\u064B-\u0652\u0670]/gu;

export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];
export const withoutVowels = (text: string): string => text.normalize('NFC').replace(HARAKAT, '');
/** Segments are written with `+` marking a clitic's open side (وَ+, +هُ). */
export const segmentLetters = (segment: string): string => segment.replace(/\+/gu, '');

const MARK = /^[\u064B-\u0652\u0670]$/u;

/**
 * The vocalised form cut to follow the published word character by character: entry i is what character i
 * of `published` shows with vowels (a letter with the marks `vocalised` reads on it; a mark the text already
 * carries, as in جدّا, shows nothing of its own, its letter's entry carrying it). A word split across elements
 * (part of it inside a term mark) is vocalised piece by piece this way. `undefined` when the two spell
 * different letters.
 */
export function vowelsByCharacter(published: string, vocalised: string): string[] | undefined {
  const letters: string[] = [];
  for (const ch of vocalised.normalize('NFC')) {
    if (MARK.test(ch) && letters.length > 0) letters[letters.length - 1] += ch;
    else letters.push(ch);
  }
  const shown: string[] = [];
  let next = 0;
  for (const ch of published) {
    if (MARK.test(ch)) {
      shown.push('');
      continue;
    }
    if (letters[next]?.[0] !== ch) return undefined;
    shown.push(letters[next++]!);
  }
  return next === letters.length ? shown : undefined;
}
