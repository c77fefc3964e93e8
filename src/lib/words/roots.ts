/**
 * Roots and lemmas across the collection, by frequency: the roots index and each root's page.
 * Lemmas without a root (particles, pronouns, foreign names) are counted as lemmas, on no root page.
 */
import type { Lemma, Lexicon } from '../../schemas/words.ts';
import type { Occurrence } from './occurrences.ts';

export interface LemmaCount {
  id: string;
  lemma: Lemma;
  occurrences: Occurrence[];
}

export interface RootEntry {
  root: string;
  /** Most frequent first. */
  lemmas: LemmaCount[];
  occurrences: Occurrence[];
  /** Distinct paragraphs (`slug#n`). */
  paragraphs: number;
}

/** The citation form without its homograph number: `عَقَدَ#2` → `عَقَدَ`. */
export const lemmaForm = (id: string) => id.replace(/#\d+$/u, '');

const arabicOrder = new Intl.Collator('ar');
const byCount =
  <T extends { occurrences: unknown[] }>(key: (x: T) => string) =>
  (a: T, b: T) =>
    b.occurrences.length - a.occurrences.length || arabicOrder.compare(key(a), key(b));

/** Every lemma the occurrences use, most frequent first (ties in Arabic order). */
export function lemmaCounts(occurrences: readonly Occurrence[], lexicon: Lexicon): LemmaCount[] {
  const byId = new Map<string, Occurrence[]>();
  for (const o of occurrences) byId.set(o.word.lemma, [...(byId.get(o.word.lemma) ?? []), o]);
  return [...byId]
    .flatMap(([id, list]) => (lexicon[id] ? [{ id, lemma: lexicon[id], occurrences: list }] : []))
    .sort(byCount((l) => l.id));
}

/** Every root with its lemmas, most frequent first. */
export function rootEntries(occurrences: readonly Occurrence[], lexicon: Lexicon): RootEntry[] {
  const byRoot = new Map<string, LemmaCount[]>();
  for (const count of lemmaCounts(occurrences, lexicon)) {
    if (count.lemma.root === 'none') continue;
    byRoot.set(count.lemma.root, [...(byRoot.get(count.lemma.root) ?? []), count]);
  }
  return [...byRoot]
    .map(([root, lemmas]) => {
      const all = lemmas
        .flatMap((l) => l.occurrences)
        .sort((a, b) => a.slug.localeCompare(b.slug) || a.n - b.n || a.index - b.index);
      return { root, lemmas, occurrences: all, paragraphs: new Set(all.map((o) => `${o.slug}#${o.n}`)).size };
    })
    .sort(byCount((r) => r.root));
}
