/**
 * The index's own words, for telling whether the index knows a query word and
 * for correcting one it does not.
 *
 * Built at build time from what each paragraph is indexed with, in the form a
 * query word takes after src/lib/search-text.ts (Arabic folded, a leading
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
 * - `search/vocab/lengths.json`: which files exist.
 * Nothing of it loads unless Pagefind holds no word exactly as typed.
 */
import { foldArabic, isArabic } from './arabic.ts';
import { allowedEdits, confusedWith, editDistance, lengthReach } from './edit-distance.ts';
import { arabicWordVariants, queryFormsOf, queryWords } from './search-text.ts';

/**
 * The words of one first letter and length, most frequent first: word → how many paragraphs
 * hold it, with its spelling in the text when that is not the word itself (ثنايي → [3, "ثنائي"]).
 */
export type VocabularyShard = Record<string, number | [number, string]>;
/** First letter's code point (hex) → the lengths it has words of. */
export type VocabularyLengths = Record<string, number[]>;

export const VOCABULARY_DIR = 'search/vocab';
export const LENGTHS_PATH = `${VOCABULARY_DIR}/lengths.json`;

/** Shorter words are never corrected (allowedEdits); the vocabulary keeps words from one letter shorter. */
const SHORTEST_CORRECTED = 4;
const SHORTEST_KEPT = 3;
/** The hidden word each paragraph holds per glossary term (termToken) is no word a reader types. */
const HIDDEN = /^bayanterm/;

const letters = (word: string) => [...word].length;
const letterKey = (word: string) => word.codePointAt(0)!.toString(16);
/** The words that start like `word` and have `length` letters. */
export const shardPath = (word: string, length: number) => `${VOCABULARY_DIR}/${letterKey(word)}-${length}.json`;
/** The `length`-letter starts of longer words that start like `word`. */
export const prefixesPath = (word: string, length: number) => `${VOCABULARY_DIR}/${letterKey(word)}-${length}.prefixes.json`;

export interface Vocabulary {
  shards: Map<string, VocabularyShard>;
  prefixes: Map<string, string[]>;
  lengths: VocabularyLengths;
}

/** The vocabulary of texts as written, one per paragraph (its words, notes and glossary names). */
export function buildVocabulary(paragraphs: Iterable<string>): Vocabulary {
  const counts = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  for (const text of paragraphs) {
    const held = new Set<string>();
    for (const { word } of queryWords(text)) {
      for (const { token, spelling } of queryFormsOf(word)) {
        if (letters(token) < SHORTEST_KEPT || HIDDEN.test(token) || !/\p{L}/u.test(token)) continue;
        held.add(token);
        const seen = spellings.get(token) ?? new Map<string, number>();
        spellings.set(token, seen.set(spelling, (seen.get(spelling) ?? 0) + 1));
      }
    }
    for (const token of held) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  const shards = new Map<string, [string, number][]>();
  const prefixes = new Map<string, Set<string>>();
  const lengths: VocabularyLengths = {};
  for (const entry of counts) {
    const chars = [...entry[0]];
    const path = shardPath(entry[0], chars.length);
    const shard = shards.get(path) ?? [];
    if (shard.length === 0) (lengths[letterKey(entry[0])] ??= []).push(chars.length);
    shards.set(path, shard);
    shard.push(entry);
    for (let length = SHORTEST_CORRECTED; length < chars.length; length++) {
      const start = prefixesPath(entry[0], length);
      prefixes.set(start, (prefixes.get(start) ?? new Set()).add(chars.slice(0, length).join('')));
    }
  }
  for (const list of Object.values(lengths)) list.sort((a, b) => a - b);
  const byFrequency = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
  // The spelling the text uses most, kept only where it differs from the folded word.
  const entry = ([word, paragraphs]: [string, number]): [string, VocabularyShard[string]] => {
    const spelling = [...spellings.get(word)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    return [word, spelling === word ? paragraphs : [paragraphs, spelling]];
  };
  return {
    shards: new Map([...shards].map(([path, words]) => [path, Object.fromEntries(words.sort(byFrequency).map(entry))])),
    prefixes: new Map([...prefixes].map(([path, starts]) => [path, [...starts].sort()])),
    lengths,
  };
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
  /** Edits between them, halves allowed (src/lib/edit-distance.ts). */
  edits: number;
  /** How many paragraphs hold the word. */
  paragraphs: number;
}

export interface VocabularyFiles {
  lengths: VocabularyLengths;
  /** Fetches a file of the vocabulary by path (only paths that `lengths` says exist are asked for). */
  load: <T>(path: string) => Promise<T>;
}

/** Whether the index holds a word that is `typed` or starts with it (the word still being typed). */
export async function isKnown(typed: string, { lengths, load }: VocabularyFiles): Promise<boolean> {
  const length = letters(typed);
  const held = lengths[letterKey(typed)] ?? [];
  const [words, starts] = await Promise.all([
    held.includes(length) ? load<VocabularyShard>(shardPath(typed, length)) : ({} as VocabularyShard),
    length >= SHORTEST_CORRECTED && length < (held.at(-1) ?? 0) ? load<string[]>(prefixesPath(typed, length)) : ([] as string[]),
  ]);
  return typed in words || starts.includes(typed);
}

/**
 * The index's word closest to a query word it does not know: fewest edits, then
 * most paragraphs. An Arabic word is also tried without the clitics in front of it (وبوتن → بوتن),
 * and with its first letter changed for one often written for it.
 */
export async function correct(typed: string, { lengths, load }: VocabularyFiles): Promise<Correction | undefined> {
  const arabic = isArabic(typed);
  const forms = arabic ? arabicWordVariants(typed) : [typed];
  const searches = forms.flatMap((form) => {
    const length = letters(form);
    const edits = allowedEdits(length);
    if (edits === 0) return [];
    const reach = lengthReach(edits, arabic);
    const paths = [form, ...confusedWith(form[0]!)].flatMap((first) =>
      (lengths[letterKey(first)] ?? []).filter((l) => Math.abs(l - length) <= reach).map((l) => shardPath(first, l)),
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
        if (!best || distance < best.edits || (distance === best.edits && paragraphs > best.paragraphs)) best = { typed, form, word, spelling, edits: distance, paragraphs };
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
