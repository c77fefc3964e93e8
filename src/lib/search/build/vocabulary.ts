/**
 * Builds the index's own words (the files ../vocabulary.ts describes and reads in the browser)
 * from the texts each paragraph is indexed with. Node-only: runs with the search index.
 */
import { queryFormsOf, queryWords } from '../text.ts';
import {
  hex,
  letters,
  SHORTEST_CORRECTED,
  vocabularyPath,
  type Kind,
  type VocabularyCatalogue,
  type VocabularyShard,
} from '../vocabulary.ts';

/** The vocabulary keeps words from one letter shorter than the shortest it corrects. */
const SHORTEST_KEPT = SHORTEST_CORRECTED - 1;
/** A file of more words than this is split by the words' second letter, so a search fetches little. */
const SPLIT_AT = 1000;
/** The hidden word each paragraph holds per glossary term (termToken) is no word a reader types. */
const HIDDEN = /^bayanterm/;

export interface Vocabulary {
  /** Every file, by path. */
  files: Map<string, VocabularyShard | string[]>;
  catalogue: VocabularyCatalogue;
}

/**
 * What texts add to the vocabulary: in how many of them each word is, and how often each spelling
 * of it is written. Additive, so each readout's can be kept between builds (index.ts) and merged.
 * Keys keep the order words were first seen, which the files' order follows.
 */
export interface VocabularyCounts {
  counts: [string, number][];
  spellings: [string, [string, number][]][];
}

/** The counts of texts as written, one per paragraph (its words, notes and glossary names). */
export function vocabularyCounts(paragraphs: Iterable<string>): VocabularyCounts {
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
  return { counts: [...counts], spellings: [...spellings].map(([token, seen]) => [token, [...seen]]) };
}

/** The vocabulary of texts as written, one per paragraph (its words, notes and glossary names). */
export function buildVocabulary(paragraphs: Iterable<string>): Vocabulary {
  return vocabularyFrom([vocabularyCounts(paragraphs)]);
}

/** The vocabulary from the counts of its parts (in order: a word's place is where it was first seen). */
export function vocabularyFrom(parts: Iterable<VocabularyCounts>): Vocabulary {
  const counts = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  for (const part of parts) {
    for (const [token, seen] of part.spellings) {
      const all = spellings.get(token) ?? new Map<string, number>();
      for (const [spelling, n] of seen) all.set(spelling, (all.get(spelling) ?? 0) + n);
      spellings.set(token, all);
    }
    for (const [token, n] of part.counts) counts.set(token, (counts.get(token) ?? 0) + n);
  }
  // The spelling the text uses most, kept only where it differs from the folded word.
  const byCount = <T>(a: [T, number], b: [T, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
  const value = ([word, paragraphs]: [string, number]): VocabularyShard[string] => {
    const spelling = [...spellings.get(word)!].sort(byCount)[0]![0];
    return spelling === word ? paragraphs : [paragraphs, spelling];
  };
  const words = new Map<string, [string, number][]>();
  const starts = new Map<string, Set<string>>();
  for (const entry of counts) {
    const chars = [...entry[0]];
    const group = `${chars[0]}\u0000${chars.length}`;
    if (!words.has(group)) words.set(group, []);
    words.get(group)!.push(entry);
    for (let length = SHORTEST_CORRECTED; length < chars.length; length++) {
      const key = `${chars[0]}\u0000${length}`;
      starts.set(key, (starts.get(key) ?? new Set()).add(chars.slice(0, length).join('')));
    }
  }
  const files: Vocabulary['files'] = new Map();
  const catalogue: VocabularyCatalogue = { words: {}, starts: {} };
  const write = <T>(
    kind: Kind,
    group: string,
    items: T[],
    text: (item: T) => string,
    content: (items: T[]) => VocabularyShard | string[],
  ) => {
    const [first, length] = group.split('\u0000') as [string, string];
    const bySecond = Map.groupBy(items, (item) => [...text(item)][1]!);
    const split = items.length > SPLIT_AT;
    (catalogue[kind][hex(first)] ??= {})[length] = split ? [...bySecond.keys()].sort().join('') : '';
    if (!split) files.set(vocabularyPath(kind, first, Number(length)), content(items));
    else
      for (const [second, part] of bySecond)
        files.set(vocabularyPath(kind, first, Number(length), second), content(part));
  };
  for (const [group, entries] of words)
    write(
      'words',
      group,
      entries,
      (e) => e[0],
      (part) => Object.fromEntries(part.sort(byCount).map((e) => [e[0], value(e)])),
    );
  for (const [group, set] of starts)
    write(
      'starts',
      group,
      [...set],
      (s) => s,
      (part) => part.sort(),
    );
  return { files, catalogue };
}
