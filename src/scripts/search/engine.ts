/**
 * Search in the browser: loads Pagefind, the paragraph map and the glossary only
 * when a search starts, normalises the query like the index
 * (src/lib/search-text.ts), and ranks paragraphs (src/lib/search-rank.ts):
 * those holding every word first, then those holding most words.
 */
import type { Facets, ParagraphMap } from '../../lib/search-map.ts';
import { rankParagraphs, type Filters, type PageHit, type Ranking } from '../../lib/search-rank.ts';
import { queryTokens, termToken } from '../../lib/search-text.ts';
import type { SearchTerm, ShownParagraph } from '../../lib/search-types.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { id: string; words: number[] }[] } | null>;
}

interface Engine {
  pagefind: Pagefind;
  map: ParagraphMap;
  terms: SearchTerm[];
}

let engine: Promise<Engine> | undefined;
const loaded = new Map<string, Promise<unknown>>();

/** A JSON file of the site, fetched once; a failed fetch (say, the network dropped) is tried again next time. */
function json<T>(path: string): Promise<T> {
  let file = loaded.get(path);
  if (!file) {
    file = fetch(`${BASE}${path}`).then((response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json();
    });
    loaded.set(path, file);
    file.catch(() => loaded.delete(path));
  }
  return file as Promise<T>;
}

/** Starts loading the search; called when the reader focuses a search box. */
export function prepare(): Promise<Engine> {
  engine ??= (async () => {
    const loading = (async () => {
      const module = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
      // A warm search takes milliseconds on the main thread; the worker would add 12 KB to the first search.
      await module.options({ baseUrl: BASE, noWorker: true });
      await module.init();
      return module;
    })();
    const [pagefind, map, terms] = await Promise.all([
      loading,
      json<ParagraphMap>('search/map.json'),
      // The glossary only adds suggestions and cross-language marks; search works without it.
      json<SearchTerm[]>('search/terms.json').catch(() => []),
    ]);
    return { pagefind, map, terms };
  })();
  // A failed load (say, the network dropped) is tried again on the next search.
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Every paragraph's speaker and kinds of term: only the /search/ page, with its filters and counts, needs them. */
export const loadFacets = () => json<Facets>('search/facets.json');

export interface Hit {
  href: string;
  meta: ShownParagraph;
  /** Whether the paragraph holds every word of the query. */
  all: boolean;
}

export interface Outcome {
  raw: string;
  tokens: string[];
  /** Glossary names the query stands for, as token lists, to highlight across languages. */
  phrases: string[][];
  hits: Hit[];
  total: number;
  /** For each filter, its values and how many results (before filtering) each has. */
  counts: Ranking['counts'];
  /** When nothing matched: glossary names in the other language that the reader may have meant. */
  suggestions: { text: string; term: SearchTerm }[];
  /** Set when the search could not run (say, the network dropped): what to tell the reader. */
  failure?: string;
}

export interface SearchOptions {
  filters?: Filters;
  /** Without them there are no counts, and filters are not applied. */
  facets?: Promise<Facets>;
  /** How many results to fetch the text of. */
  limit?: number;
}

const noResults = (raw: string, tokens: string[] = [], phrases: string[][] = []): Outcome => ({ raw, tokens, phrases, hits: [], total: 0, counts: { speaker: {}, kind: {} }, suggestions: [] });

/** Never rejects: a search that cannot run says so in `failure`, and the next one tries again. */
export async function search(raw: string, options: SearchOptions = {}): Promise<Outcome> {
  try {
    return await ranked(raw, options);
  } catch {
    return { ...noResults(raw), failure: 'Search could not load. Check the connection and try again.' };
  }
}

async function ranked(raw: string, { filters = {}, facets, limit = 50 }: SearchOptions): Promise<Outcome> {
  const { pagefind, map, terms } = await prepare();
  const tokens = queryTokens(raw);
  const named = namedTerms(tokens, terms);
  const phrases = named.flatMap((t) => t.keys.map((k) => k.split(' ')));
  const empty = noResults(raw, tokens, phrases);
  if (tokens.length === 0) return empty;

  const hitsFor = async (word: string): Promise<PageHit[]> => ((await pagefind.search(word))?.results ?? []).map((r) => ({ page: r.id, words: r.words }));
  // Each word on its own, so that a paragraph is known to hold all of them, some, or one;
  // and the hidden word of each glossary term the query names (BRI before the BRICS its prefix also matches).
  const [perWord, naming] = await Promise.all([Promise.all([...new Set(tokens)].map(hitsFor)), Promise.all(named.map((t) => hitsFor(termToken(t.id))))]);
  const { paragraphs, counts } = rankParagraphs(map, perWord, naming, await facets, filters);
  const hits = await Promise.all(
    paragraphs.slice(0, limit).map(async ({ page, n, all }) => {
      const meta = await json<ShownParagraph>(`search/p/${page}/${n}.json`);
      return { href: `${BASE}readouts/${meta.slug}/?q=${encodeURIComponent(raw)}#p-${n}`, meta, all };
    }),
  );
  return { ...empty, hits, total: paragraphs.length, counts, suggestions: hits.length ? [] : suggest(tokens, raw, terms) };
}

/**
 * Glossary entries the query names: a whole name or alias (SCO, بريكس), or the
 * start of a longer name of two words or more (منظمة شنغهاي → منظمة شنغهاي للتعاون).
 */
export function namedTerms(tokens: readonly string[], terms: readonly SearchTerm[]): SearchTerm[] {
  const query = tokens.join(' ');
  if (!query) return [];
  return terms.filter((t) => t.keys.some((k) => k === query || (tokens.length > 1 && k.startsWith(`${query} `))));
}

/** For an empty result: the other language's name of glossary entries whose names start like the query. */
function suggest(tokens: readonly string[], raw: string, terms: readonly SearchTerm[]) {
  const query = tokens.join(' ');
  const arabic = /[\u0600-\u06FF]/.test(raw);
  return terms
    .filter((t) => t.keys.some((k) => k.startsWith(query) || (query.startsWith(k) && k.length > 3)))
    .slice(0, 3)
    .map((term) => ({ text: arabic ? term.en : term.ar, term }));
}
