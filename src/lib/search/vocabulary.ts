/**
 * The index's own words, for telling whether the index knows a query word and
 * for correcting one it does not.
 *
 * Built at build time (build/vocabulary.ts) from what each paragraph is indexed with, in the form a
 * query word takes after src/lib/search/text.ts (Arabic folded, a leading
 * article removed; English lower-cased), with the number of paragraphs holding
 * each. Split by first letter and length, so a search fetches only what its
 * word can reach:
 * - `search/vocab/<code point>-<length>.json`: the words, most frequent first.
 *   A correction keeps the first letter (a typo there is rare, and Meilisearch
 *   counts one as two), or changes it for a letter often written for it in
 *   Arabic (زريعة → ذريعة), and reads the lengths within the edits allowed.
 * - `search/vocab/<code point>-<length>.prefixes.json`: the starts, of that
 *   length, of longer words, so that a word still being typed (cooperat…) is
 *   known and not "corrected".
 * - A file of more than SPLIT_AT words (a large collection) is split by the
 *   second letter (`<first>-<second>-<length>.json`); a correction then reads the
 *   typed second letter, the third, the vowels and sound-alikes (secondLetters).
 * - `search/vocab/catalogue.json`: which files exist.
 * Nothing of it loads unless Pagefind holds no word exactly as typed.
 */
import { foldArabic, isArabic } from '../language/arabic.ts';
import { allowedEdits, confusedWith, editDistance, lengthReach } from './edit-distance.ts';
import { arabicWordVariants, queryWords } from './text.ts';

/**
 * The words of one file, most frequent first: word → how many paragraphs hold it, with its
 * spelling in the text when that is not the word itself (ثنايي → [3, "ثنائي"]).
 */
export type VocabularyShard = Record<string, number | [number, string]>;
/**
 * Which files exist, for words or for word starts: first letter (code point, hex) → length →
 * "" for one file, or the second letters it is split by when one file would be too big.
 */
export type FileIndex = Record<string, Record<string, string>>;
export interface VocabularyCatalogue {
  words: FileIndex;
  starts: FileIndex;
}

export const VOCABULARY_DIR = 'search/vocab';
export const CATALOGUE_PATH = `${VOCABULARY_DIR}/catalogue.json`;

/** Shorter words are never corrected (allowedEdits). */
export const SHORTEST_CORRECTED = 4;

export const letters = (word: string) => [...word].length;
/** A letter as the files name it: its code point in hex. */
export const hex = (letter: string) => letter.codePointAt(0)!.toString(16);
export type Kind = keyof VocabularyCatalogue;
const suffix = { words: '.json', starts: '.prefixes.json' } as const;

/** The file of words (or word starts) of `length` letters beginning with `first`, and `second` when the file is split. */
export const vocabularyPath = (kind: Kind, first: string, length: number, second?: string) =>
  `${VOCABULARY_DIR}/${hex(first)}-${second === undefined ? '' : `${hex(second)}-`}${length}${suffix[kind]}`;

/** The files, among those that exist, holding words of `length` letters that begin with `first` and then one of `seconds`. */
function existing(
  catalogue: VocabularyCatalogue,
  kind: Kind,
  first: string,
  length: number,
  seconds: readonly string[],
): string[] {
  const split = catalogue[kind][hex(first)]?.[length];
  if (split === undefined) return [];
  if (split === '') return [vocabularyPath(kind, first, length)];
  return [...new Set(seconds)].filter((s) => split.includes(s)).map((s) => vocabularyPath(kind, first, length, s));
}

export interface Correction {
  /** The query word as typed (normalised). */
  typed: string;
  /** The part of it that was corrected: the word itself, or an Arabic word without the clitics in front. */
  form: string;
  /** The index's word it stands for. */
  word: string;
  /** That word as the text spells it (with hamza, ة, ى …). */
  spelling: string;
  /** Edits between them, halves allowed (src/lib/search/edit-distance.ts). */
  edits: number;
  /** How many paragraphs hold the word. */
  paragraphs: number;
}

export interface VocabularyFiles {
  catalogue: VocabularyCatalogue;
  /** Fetches a file of the vocabulary by path (only files the catalogue lists are asked for). */
  load: <T>(path: string) => Promise<T>;
}

/** Whether the index holds a word that is `typed` or starts with it (the word still being typed). */
export async function isKnown(typed: string, { catalogue, load }: VocabularyFiles): Promise<boolean> {
  const [first, second = ''] = [...typed];
  const length = letters(typed);
  const [words, starts] = await Promise.all([
    Promise.all(existing(catalogue, 'words', first!, length, [second]).map((path) => load<VocabularyShard>(path))),
    Promise.all(existing(catalogue, 'starts', first!, length, [second]).map((path) => load<string[]>(path))),
  ]);
  return words.some((shard) => typed in shard) || starts.some((list) => list.includes(typed));
}

/**
 * The second letters a correction looks under when a file is split by them: the typed one, the
 * third (the first two swapped, or a letter too many), the vowels (the commonest letters left
 * out) and, in Arabic, letters often written for the typed one.
 */
function secondLetters(form: string, arabic: boolean): string[] {
  const [, second = '', third = ''] = [...form];
  return [second, third, ...(arabic ? ['ا', 'و', 'ي', ...confusedWith(second)] : ['a', 'e', 'i', 'o', 'u', 'y'])];
}

/**
 * The index's word closest to a query word it does not know: fewest edits, then
 * most paragraphs. An Arabic word is also tried without the clitics in front of it (وبوتن → بوتن),
 * and with its first letter changed for one often written for it.
 */
export async function correct(typed: string, { catalogue, load }: VocabularyFiles): Promise<Correction | undefined> {
  const arabic = isArabic(typed);
  const forms = arabic ? arabicWordVariants(typed) : [typed];
  const searches = forms.flatMap((form) => {
    const length = letters(form);
    const edits = allowedEdits(length);
    if (edits === 0) return [];
    const reach = lengthReach(edits, arabic);
    const paths = [form[0]!, ...confusedWith(form[0]!)].flatMap((first) =>
      Object.keys(catalogue.words[hex(first)] ?? {})
        .map(Number)
        .filter((l) => Math.abs(l - length) <= reach)
        .flatMap((l) => existing(catalogue, 'words', first, l, secondLetters(form, arabic))),
    );
    return [{ form, edits, shards: Promise.all(paths.map((path) => load<VocabularyShard>(path))) }];
  });
  let best: Correction | undefined;
  for (const { form, edits, shards } of searches) {
    for (const shard of await shards) {
      for (const [word, value] of Object.entries(shard)) {
        const distance = editDistance(form, word, edits);
        if (distance === 0 || distance === Infinity) continue;
        const [paragraphs, spelling = word] = typeof value === 'number' ? [value] : value;
        if (!best || distance < best.edits || (distance === best.edits && paragraphs > best.paragraphs))
          best = { typed, form, word, spelling, edits: distance, paragraphs };
      }
    }
  }
  return best;
}

/**
 * The query as it was searched, for "Showing results for …": each corrected word
 * replaced, an English word in the case it was typed in, an Arabic word as the
 * text spells it after the clitics and article it was typed with (والأولومبياد → والأولمبياد).
 */
export function correctedQuery(raw: string, corrections: readonly Correction[]): string {
  const text = raw.normalize('NFC');
  let out = '';
  let at = 0;
  for (const { word, start, token } of queryWords(text)) {
    const correction = corrections.find((c) => c.typed === token);
    if (!correction) continue;
    out += text.slice(at, start) + spelledLike(word, correction);
    at = start + word.length;
  }
  return out + text.slice(at);
}

function spelledLike(typed: string, { form, word, spelling }: Correction): string {
  if (isArabic(typed)) {
    const { text: folded, map } = foldArabic(typed);
    return typed.slice(0, map[folded.length - form.length]) + spelling;
  }
  if (typed.length > 1 && typed === typed.toUpperCase()) return word.toUpperCase();
  return typed[0] === typed[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}
