/**
 * Search in the browser: loads Pagefind (in its worker), the paragraph map and the glossary only
 * when a search starts, normalises the query like the index
 * (src/lib/search/text.ts), corrects the words the index does not know
 * (src/lib/search/vocabulary.ts), and ranks paragraphs (src/lib/search/rank.ts):
 * those holding every word first, then those holding most words. Its files: site-json.ts; its
 * corrections: spelling.ts; the terms a query names: src/lib/search/named-terms.ts.
 */
import { bestSegment, queryMarkRanges } from '../../lib/search/query-marks.ts';
import type { Facets, ParagraphMap } from '../../lib/search/map.ts';
import { rankParagraphs, type Filters, type Ranking } from '../../lib/search/rank.ts';
import { namedTerms, suggest } from '../../lib/search/named-terms.ts';
import { queryTokens, termToken } from '../../lib/search/text.ts';
import { correctedQuery, type Correction } from '../../lib/search/vocabulary.ts';
import type { SearchTerm, ShownParagraph } from '../../lib/search/types.ts';
import { localePath, readoutPath, sitePath } from '../../lib/site/urls.ts';
import { loadPagefind, mergeShards, searchPagefind } from './pagefind-client.ts';
import { checkable, checkSpelling } from './spelling.ts';
import { glossaryNames, json, loadFacets } from './site-json.ts';

// The reading page's landing and the search page take these from the engine.
export { glossaryNames, loadFacets, namedTerms };

/** Results open the reading page in the page's interface language: English at the root, others under their prefix (astro.config.mjs). */
const readoutHref = (slug: string) => sitePath(localePath(document.documentElement.lang, readoutPath(slug)));

interface Engine {
  map: ParagraphMap;
  terms: SearchTerm[];
}

let engine: Promise<Engine> | undefined;
/** Starts loading the search; called when the reader focuses a search box. */
export function prepare(): Promise<Engine> {
  engine ??= (async () => {
    // Pagefind runs in a worker: on the main thread its WebAssembly, decompression and the text segmenter
    // it makes for every query blocked the search page (total blocking time, docs/performance.md).
    const [, map, terms] = await Promise.all([loadPagefind(), json<ParagraphMap>('search/map.json'), glossaryNames()]);
    // A large collection's index is in shards; the worker merges them before it answers a query.
    if (map.shards) await mergeShards(map.shards);
    return { map, terms };
  })();
  // A failed load (say, the network dropped) is tried again on the next search.
  engine.catch(() => (engine = undefined));
  return engine;
}

export interface Hit {
  href: string;
  meta: ShownParagraph;
  /** The segment (0-based) that holds the match, which the link opens on and the excerpt is drawn from. */
  segment: number | undefined;
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
  /** Set when the search could not run (say, the network dropped); each page says so in its own words. */
  failure?: true;
  /** Set when words the index does not know were corrected: the query as searched, and each correction. */
  correction?: { query: string; words: Correction[] };
  /** Offline: how many of the results lie in readouts not saved for offline reading (their text could not load). */
  notSaved?: number;
  /** Set when a query in a language the text is not in (Chinese, Russian) was taken for glossary terms: which. */
  takenFor?: SearchTerm[];
}

export interface SearchOptions {
  filters?: Filters;
  /** Without them there are no counts, and filters are not applied. */
  facets?: Promise<Facets>;
  /** How many results to fetch the text of. */
  limit?: number;
  /** Search the words exactly as typed, correcting none. */
  exact?: boolean;
}

/** Cyrillic and Han: the meeting's languages, which the readouts' text is not in. */
const FOREIGN = /[\u0400-\u04ff\u3400-\u9fff]/u;

const noResults = (raw: string, tokens: string[] = [], phrases: string[][] = []): Outcome => ({
  raw,
  tokens,
  phrases,
  hits: [],
  total: 0,
  counts: { speaker: {}, kind: {} },
  suggestions: [],
});

/** Never rejects: a search that cannot run says so in `failure`, and the next one tries again. */
export async function search(raw: string, options: SearchOptions = {}): Promise<Outcome> {
  try {
    return await ranked(raw, options);
  } catch {
    return { ...noResults(raw), failure: true };
  }
}

async function ranked(
  raw: string,
  { filters = {}, facets, limit = 50, exact = false }: SearchOptions,
): Promise<Outcome> {
  const { map, terms } = await prepare();
  const typed = queryTokens(raw);
  if (typed.length === 0) return noResults(raw);

  const namingHits = (named: SearchTerm[]) => Promise.all(named.map((t) => searchPagefind(termToken(t.id))));
  // A quoted word is Pagefind's exact search: whether the index holds the word (stemmed) as typed.
  const heldExactly = async (word: string) => (await searchPagefind(`"${word}"`)).length > 0;
  const words = [...new Set(typed)];
  // Each word on its own, so that a paragraph is known to hold all of them, some, or one;
  // and the hidden word of each glossary term the query names (BRI before the BRICS its prefix also matches).
  let named = namedTerms(typed, terms);
  let [perWord, naming] = await Promise.all([Promise.all(words.map(searchPagefind)), namingHits(named)]);
  // After the search, not beside it: the index chunks are loaded by then, so each check is
  // cheap, where running both at once decoded the chunks twice.
  const exactly = await Promise.all(words.map((w) => (checkable(w) ? heldExactly(w) : true)));
  // A Chinese or Russian query that names glossary terms (上海合作组织, Тайваня) is found through them: the text
  // is not in that language, so its words are neither corrected nor required of a paragraph one by one.
  const throughTerms = named.length > 0 && FOREIGN.test(raw);
  const { unknown, corrected } = await checkSpelling(
    words.filter((_, i) => !exactly[i] && !throughTerms),
    exact,
  );
  const corrections = corrected.map((c) => c.correction);
  const byWord = new Map(corrected.map((c) => [c.correction.typed, c]));
  const edits = words.map((w) => byWord.get(w)?.correction.edits ?? 0);
  // For a word it does not know, Pagefind answers with the longest word the typed one starts with
  // (اولومبياد → اول): that is no match, so such a word finds only what its correction finds.
  perWord = words.map((w, i) => byWord.get(w)?.hits ?? (unknown.includes(w) ? [] : perWord[i]!));
  if (throughTerms) perWord = perWord.map((hits) => (hits.length > 0 ? hits : naming.flat()));
  let tokens = typed;
  if (corrections.length > 0) {
    tokens = typed.map((t) => byWord.get(t)?.correction.word ?? t);
    named = namedTerms(tokens, terms);
    naming = await namingHits(named);
  }
  const phrases = named.flatMap((t) => t.keys.map((k) => k.split(' ')));
  const correction =
    corrections.length > 0 ? { query: correctedQuery(raw, corrections), words: corrections } : undefined;
  const searched = correction?.query ?? raw;
  const { paragraphs, counts } = rankParagraphs(map, perWord, naming, await facets, filters, edits);
  // Each result's text on its own: offline, one that lies in a readout not saved cannot load, and says so
  // (Outcome.notSaved) instead of failing the search. Online, a result that cannot load fails it as before.
  const loaded = await Promise.all(
    paragraphs.slice(0, limit).map(async ({ page, n, all }) => {
      const meta = await json<ShownParagraph>(`search/p/${page}/${n}.json`).catch((error: unknown) => {
        if (navigator.onLine) throw error;
        return undefined;
      });
      if (!meta) return undefined;
      const marked = {
        original: queryMarkRanges(meta.original, tokens, phrases),
        english: queryMarkRanges(meta.english, tokens, phrases),
      };
      const segment = bestSegment(meta.segments, marked);
      // paragraphId/sentenceId's format (src/lib/readout/paragraph-hash.ts), written here: importing that
      // module would put the reading page's chunk on every page with a search box.
      const anchor = segment === undefined ? `p-${n}` : `p-${n}.${segment + 1}`;
      return { href: `${readoutHref(meta.slug)}?q=${encodeURIComponent(searched)}#${anchor}`, meta, all, segment };
    }),
  );
  const hits = loaded.filter((hit) => hit !== undefined);
  const outcome: Outcome = {
    ...noResults(raw, tokens, phrases),
    hits,
    total: paragraphs.length,
    counts,
    suggestions: hits.length ? [] : suggest(typed, raw, terms),
  };
  if (correction && hits.length > 0) outcome.correction = correction;
  if (hits.length > 0 && throughTerms) outcome.takenFor = named;
  if (hits.length < loaded.length) outcome.notSaved = loaded.length - hits.length;
  return outcome;
}
