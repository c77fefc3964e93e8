/**
 * The readouts and glossary as pages use them (Astro only: reads astro:content).
 * Rendering is cached by Astro, so every page may call these.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { PairText } from '../readout/pairs.ts';
import { readoutKey } from './cache-keys.ts';

export type Readout = CollectionEntry<'readouts'>;
export type TermEntry = CollectionEntry<'terms'>;

export interface RenderedReadout {
  entry: Readout;
  pairs: PairText[];
}

/** Newest first; a tie keeps slug order so the list is stable. */
export async function readoutsNewestFirst(): Promise<RenderedReadout[]> {
  const entries = (await getCollection('readouts')).sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id),
  );
  return Promise.all(
    entries.map(async (entry) => ({ entry, pairs: pairsOf((await render(entry)).remarkPluginFrontmatter) })),
  );
}

/** getStaticPaths for pages and files made once per readout: `params.slug`, `props.entry`, and the readout's cache key. */
export async function readoutPaths() {
  return (await getCollection('readouts')).map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
    cacheKey: readoutKey(entry),
  }));
}

/** Every paragraph of every readout, with its neighbours: the paragraph pages, keyed by their readout. */
export async function paragraphPaths() {
  const entries = await getCollection('readouts');
  const pages = await Promise.all(
    entries.map(async (entry) => {
      const pairs = pairsOf((await render(entry)).remarkPluginFrontmatter);
      return pairs.map((pair, i) => ({
        params: { slug: entry.id, n: String(pair.n) },
        props: { entry, pair, previous: pairs[i - 1], next: pairs[i + 1] },
        cacheKey: readoutKey(entry),
      }));
    }),
  );
  return pages.flat();
}

export const pairsOf = (frontmatter: Record<string, unknown>) => (frontmatter['pairs'] ?? []) as PairText[];

export interface Mention {
  readout: Readout;
  pair: PairText;
}

let mentions: Promise<Map<string, Mention[]>> | undefined;
let terms: Promise<Map<string, TermEntry>> | undefined;
/** A build reads the content once; `astro dev` must see every edit, so it never keeps these. */
const keep = import.meta.env.PROD;

/** Every paragraph, across all readouts, that mentions each term; computed once per build, not once per term page. */
export function mentionsByTerm(): Promise<Map<string, Mention[]>> {
  if (!keep) mentions = undefined;
  mentions ??= readoutsNewestFirst().then((readouts) => {
    const byTerm = new Map<string, Mention[]>();
    for (const { entry, pairs } of readouts) {
      for (const pair of pairs)
        for (const id of pair.terms) byTerm.set(id, [...(byTerm.get(id) ?? []), { readout: entry, pair }]);
    }
    return byTerm;
  });
  return mentions;
}

/** The glossary by id, read once per build. */
export function termsById(): Promise<Map<string, TermEntry>> {
  if (!keep) terms = undefined;
  terms ??= getCollection('terms').then((all) => new Map(all.map((t) => [t.id, t])));
  return terms;
}

/** The glossary terms a readout's paragraphs name, in order of first mention. */
export async function termsOf(pairs: PairText[]): Promise<TermEntry[]> {
  const all = await termsById();
  return [...new Set(pairs.flatMap((p) => p.terms))].map((id) => all.get(id)).filter((term) => term !== undefined);
}
