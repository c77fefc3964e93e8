/**
 * The readouts and glossary as pages use them (Astro only: reads astro:content).
 * Rendering is cached by Astro, so every page may call these.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { PairText } from '../plugins/remark-readout-pairs.ts';

export type Readout = CollectionEntry<'readouts'>;
export type TermEntry = CollectionEntry<'terms'>;

export interface RenderedReadout {
  entry: Readout;
  pairs: PairText[];
}

/** Newest first; a tie keeps slug order so the list is stable. */
export async function readoutsNewestFirst(): Promise<RenderedReadout[]> {
  const entries = (await getCollection('readouts')).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  return Promise.all(entries.map(async (entry) => ({ entry, pairs: pairsOf((await render(entry)).remarkPluginFrontmatter) })));
}

export const pairsOf = (frontmatter: Record<string, unknown>) => (frontmatter['pairs'] ?? []) as PairText[];

export interface Mention {
  readout: Readout;
  pair: PairText;
}

/** Every paragraph, across all readouts, that mentions each term. */
export async function mentionsByTerm(): Promise<Map<string, Mention[]>> {
  const mentions = new Map<string, Mention[]>();
  for (const { entry, pairs } of await readoutsNewestFirst()) {
    for (const pair of pairs) {
      for (const id of pair.terms) mentions.set(id, [...(mentions.get(id) ?? []), { readout: entry, pair }]);
    }
  }
  return mentions;
}

export async function termsById(): Promise<Map<string, TermEntry>> {
  return new Map((await getCollection('terms')).map((t) => [t.id, t]));
}
