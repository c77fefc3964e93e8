/**
 * Search in the browser: loads Pagefind and the glossary only when a search
 * starts, normalises the query like the index (src/lib/search-text.ts), and
 * ranks paragraphs holding every word first, then those holding most words.
 */
import { queryTokens, termToken } from '../../lib/search-text.ts';
import type { ParagraphMeta, SearchTerm } from '../../lib/search-types.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: ParagraphMeta }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options?: { filters?: Record<string, string[]> }): Promise<PagefindResponse | null>;
}

let pagefind: Promise<Pagefind> | undefined;
let filterChunks: Promise<unknown> | undefined;
let glossary: Promise<SearchTerm[]> | undefined;

/** Starts loading Pagefind and the glossary; called when the reader focuses a search box. */
export function prepare(): Promise<[Pagefind, SearchTerm[]]> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    // A warm search takes milliseconds on the main thread; the worker would add 12 KB to the first search.
    await module.options({ baseUrl: BASE, noWorker: true });
    await module.init();
    return module;
  })();
  glossary ??= fetch(`${BASE}search/terms.json`).then((r) => (r.ok ? (r.json() as Promise<SearchTerm[]>) : []));
  return Promise.all([pagefind, glossary]);
}

/**
 * Loads the filter chunks, without which results carry no filter counts. Only the /search/ page shows
 * counts; at a thousand readouts the chunks weigh more than the rest of a first search.
 */
export function withFilterCounts(): Promise<unknown> {
  filterChunks ??= prepare().then(([pf]) => pf.filters());
  return filterChunks;
}

export interface Hit {
  href: string;
  meta: ParagraphMeta;
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
  counts: Record<string, Record<string, number>>;
  /** When nothing matched: glossary names in the other language that the reader may have meant. */
  suggestions: { text: string; term: SearchTerm }[];
}

export async function search(raw: string, filters: Record<string, string[]> = {}, limit = 50): Promise<Outcome> {
  const [pf, terms] = await prepare();
  const tokens = queryTokens(raw);
  const named = namedTerms(tokens, terms);
  const phrases = named.flatMap((t) => t.keys.map((k) => k.split(' ')));
  const empty: Outcome = { raw, tokens, phrases, hits: [], total: 0, counts: {}, suggestions: [] };
  if (tokens.length === 0) return empty;

  const options = Object.keys(filters).length ? { filters } : {};
  const every = await pf.search(tokens.join(' '), options);
  const ordered = (every?.results ?? []).map((r) => ({ r, all: true }));
  let counts = every?.totalFilters ?? {};
  if (tokens.length > 1) {
    // Pagefind matches all words only; add paragraphs with some of them, most words first.
    const singles = await Promise.all(tokens.map((t) => pf.search(t, options)));
    const partial = new Map<string, { r: PagefindResult; words: number; score: number }>();
    const seen = new Set(ordered.map((o) => o.r.id));
    for (const single of singles) {
      for (const r of single?.results ?? []) {
        if (seen.has(r.id)) continue;
        const entry = partial.get(r.id) ?? { r, words: 0, score: 0 };
        entry.words++;
        entry.score += r.score;
        partial.set(r.id, entry);
      }
    }
    ordered.push(...[...partial.values()].sort((a, b) => b.words - a.words || b.score - a.score).map(({ r }) => ({ r, all: false })));
    if (ordered.length > 0 && (every?.results.length ?? 0) === 0) counts = singles.find((s) => (s?.results.length ?? 0) > 0)?.totalFilters ?? counts;
  }
  // Paragraphs that mention a glossary term the query names come first (BRI before the BRICS its prefix
  // also matches): each record holds a hidden word per term, so this needs no fragment and no filter chunk.
  if (named.length > 0) {
    const naming = await Promise.all(named.map((t) => pf.search(termToken(t.id), options)));
    const first = new Set(naming.flatMap((n) => n?.results.map((r) => r.id) ?? []));
    ordered.sort((a, b) => Number(first.has(b.r.id)) - Number(first.has(a.r.id)));
  }
  const hits = await Promise.all(
    ordered.slice(0, limit).map(async ({ r, all }) => {
      const { meta } = await r.data();
      return { href: `${BASE}readouts/${meta.slug}/?q=${encodeURIComponent(raw)}#p-${meta.n}`, meta, all };
    }),
  );
  return { ...empty, hits, total: ordered.length, counts, suggestions: hits.length ? [] : suggest(tokens, raw, terms) };
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
