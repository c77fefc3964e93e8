/**
 * The readouts and glossary as pages use them (Astro only: reads astro:content).
 * Rendering is cached by Astro, so every page may call these.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
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

/**
 * getStaticPaths for pages and files made once per readout: `params.slug` and the readout's cache key.
 * The readout is not a prop: its page reads it with `readoutAt`. Parallel prerendering copies each
 * path's props to the worker that renders it, and a readout in the props of each of a 1,000-readout
 * collection's 50,000 paths took a build past 24 GiB (docs/performance.md).
 */
export async function readoutPaths() {
  return (await getCollection('readouts')).map((entry) => ({
    params: { slug: entry.id },
    props: {},
    cacheKey: readoutKey(entry),
  }));
}

/** Every paragraph of every readout: the paragraph pages, keyed by their readout. The page reads its text with `paragraphAt`. */
export async function paragraphPaths() {
  const entries = await getCollection('readouts');
  const pages = await Promise.all(
    entries.map(async (entry) =>
      pairsOf((await render(entry)).remarkPluginFrontmatter).map((pair) => ({
        params: { slug: entry.id, n: String(pair.n) },
        props: {},
        cacheKey: readoutKey(entry),
      })),
    ),
  );
  return pages.flat();
}

/** The readout a page's `slug` names. */
export async function readoutAt(slug: string): Promise<Readout> {
  const entry = await getEntry('readouts', slug);
  if (!entry) throw new Error(`No readout "${slug}" in the collection`);
  return entry;
}

/** The paragraph a paragraph page's `slug` and `n` name, with its readout and neighbours. */
export async function paragraphAt(slug: string, n: string) {
  const entry = await readoutAt(slug);
  const pairs = pairsOf((await render(entry)).remarkPluginFrontmatter);
  const i = pairs.findIndex((pair) => String(pair.n) === n);
  if (i < 0) throw new Error(`Readout "${slug}" has no paragraph ${n}`);
  return { entry, pair: pairs[i]!, previous: pairs[i - 1], next: pairs[i + 1] };
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
