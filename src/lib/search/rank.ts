/**
 * Ranks paragraphs from Pagefind's readout-level hits (see src/lib/search/map.ts).
 *
 * Order: paragraphs holding a query word as typed before those that hold only
 * corrected words (src/lib/search/vocabulary.ts); then paragraphs that mention a glossary term the query names, then those
 * holding every word of the query, then those holding most words; then those
 * whose corrected words needed fewer edits; then those that name the term most plainly (search/build/naming-strength.ts); then
 * by BM25 over paragraphs: rarer words weigh more, repeats of a word count for
 * less and less, and a long paragraph needs more matches than a short one (the
 * map gives lengths to within 19 %). Ties keep Pagefind's order of the readouts,
 * then the order of the paragraphs.
 */
import { classLength, paragraphRegions, type Facets, type ParagraphMap } from './map.ts';

/** One Pagefind result: the readout's page id and the word positions that matched. */
export interface PageHit {
  page: string;
  words: number[];
}

export interface RankedParagraph {
  /** Pagefind's page id of the readout. */
  page: string;
  n: number;
  /** Whether the paragraph holds every word of the query. */
  all: boolean;
}

export interface Ranking {
  paragraphs: RankedParagraph[];
  /** With facets: for each filter, its values and how many matching paragraphs (before filtering) have each. */
  counts: { speaker: Record<string, number>; kind: Record<string, number> };
}

export interface Filters {
  speaker?: readonly string[];
  kind?: readonly string[];
}

// BM25's term saturation and length normalisation, as Pagefind's defaults (termSaturation, pageLength).
const K1 = 1.4;
const B = 0.75;
/** A match among the glossary names a paragraph is indexed with counts this much of a match in its own words. */
const NAME_WEIGHT = 0.5;

interface Candidate {
  page: string;
  index: number;
  /** Matches of each query word in the paragraph, weighted (see NAME_WEIGHT). */
  tf: number[];
  /** How plainly the paragraph names a term the query names (0: it does not). */
  named: number;
  score: number;
  words: number;
  /** How many words of the query the paragraph holds as typed. */
  typed: number;
  /** The edits of the corrected words it holds. */
  edits: number;
}

/**
 * `perWord[i]`: Pagefind's hits for the i-th query word alone (or for its correction);
 * `naming`: hits for the hidden words of the glossary terms the query names;
 * `edits[i]`: the edits of the i-th word's correction (0 or missing: as typed).
 * Filters and counts need the facets.
 */
export function rankParagraphs(
  map: ParagraphMap,
  perWord: readonly PageHit[][],
  naming: readonly PageHit[][] = [],
  facets?: Facets,
  filters: Filters = {},
  edits: readonly number[] = [],
): Ranking {
  const candidates = new Map<string, Candidate>();
  const at = (page: string, index: number) => {
    const key = `${page}:${index}`;
    let c = candidates.get(key);
    if (!c)
      candidates.set(
        key,
        (c = { page, index, tf: perWord.map(() => 0), named: 0, score: 0, words: 0, typed: 0, edits: 0 }),
      );
    return c;
  };
  perWord.forEach((hits, w) => {
    for (const { page, index, own } of paragraphsOf(map, hits)) at(page, index).tf[w]! += own ? 1 : NAME_WEIGHT;
  });
  for (const hits of naming)
    for (const { page, index } of paragraphsOf(map, hits))
      if (candidates.has(`${page}:${index}`)) at(page, index).named++;
  // Pagefind lists each word's readouts best first; a readout keeps its best place.
  const readoutOrder = new Map<string, number>();
  for (const hits of perWord)
    hits.forEach(({ page }, i) => readoutOrder.set(page, Math.min(i, readoutOrder.get(page) ?? i)));

  const holding = perWord.map((_, w) => [...candidates.values()].filter((c) => c.tf[w]! > 0).length);
  const idf = holding.map((n) => Math.log(1 + (map.paragraphs - n + 0.5) / (n + 0.5)));
  const counts: Ranking['counts'] = { speaker: {}, kind: {} };
  const kept: Candidate[] = [];
  const average = averageLength(map);
  for (const c of candidates.values()) {
    const norm = K1 * (1 - B + (B * classLength(map.layouts[c.page]![0][c.index] ?? '0')) / average);
    c.words = c.tf.filter((n) => n > 0).length;
    c.typed = c.tf.filter((n, w) => n > 0 && !edits[w]).length;
    c.edits = c.tf.reduce((sum, n, w) => sum + (n > 0 ? (edits[w] ?? 0) : 0), 0);
    c.score = c.tf.reduce((sum, tf, w) => sum + (idf[w]! * tf * (K1 + 1)) / (tf + norm), 0);
    if (facets && !passes(c, facets, filters, counts)) continue;
    kept.push(c);
  }
  kept.sort(
    (a, b) =>
      Number(b.typed > 0) - Number(a.typed > 0) ||
      Number(b.named > 0) - Number(a.named > 0) ||
      b.words - a.words ||
      a.edits - b.edits ||
      b.named - a.named ||
      b.score - a.score ||
      readoutOrder.get(a.page)! - readoutOrder.get(b.page)! ||
      a.index - b.index,
  );
  return { paragraphs: kept.map((c) => ({ page: c.page, n: c.index + 1, all: c.words === perWord.length })), counts };
}

/** Counts the paragraph's speaker and kinds of term, then tells whether it passes the filters. */
function passes(c: Candidate, facets: Facets, filters: Filters, counts: Ranking['counts']): boolean {
  const [speakers, kinds] = facets.readouts[c.page] ?? [[], []];
  const speaker = facets.speakers[speakers[c.index] ?? -1] ?? '';
  const kindNames = facets.kinds.filter((_, k) => (kinds[c.index] ?? 0) & (1 << k));
  counts.speaker[speaker] = (counts.speaker[speaker] ?? 0) + 1;
  for (const k of kindNames) counts.kind[k] = (counts.kind[k] ?? 0) + 1;
  // Within a filter any chosen value will do; across filters all must hold.
  if (filters.speaker?.length && !filters.speaker.includes(speaker)) return false;
  if (filters.kind?.length && !kindNames.some((k) => filters.kind!.includes(k))) return false;
  return true;
}

/** Each matched word position, as the paragraph (index within its readout) that holds it, and whether among its own words. */
function* paragraphsOf(map: ParagraphMap, hits: readonly PageHit[]) {
  for (const { page, words } of hits) {
    const regions = regionsOf(map, page);
    if (!regions) continue;
    for (const word of words) {
      // The last paragraph starting at or before the word.
      let low = 0;
      let high = regions.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (regions[middle]!.start <= word) low = middle;
        else high = middle - 1;
      }
      yield { page, index: low, own: word < regions[low]!.names };
    }
  }
}

/** A readout's paragraph regions, added up from its classes once per map. */
const regionCache = new WeakMap<ParagraphMap, Map<string, ReturnType<typeof paragraphRegions>>>();
function regionsOf(map: ParagraphMap, page: string) {
  const layout = map.layouts[page];
  if (!layout) return undefined;
  let pages = regionCache.get(map);
  if (!pages) regionCache.set(map, (pages = new Map()));
  let regions = pages.get(page);
  if (!regions) pages.set(page, (regions = paragraphRegions(layout)));
  return regions;
}

const averages = new WeakMap<ParagraphMap, number>();
function averageLength(map: ParagraphMap): number {
  let average = averages.get(map);
  if (average === undefined) {
    let sum = 0;
    for (const [lengths] of Object.values(map.layouts)) for (const digit of lengths) sum += classLength(digit);
    average = sum / Math.max(map.paragraphs, 1);
    averages.set(map, average);
  }
  return average;
}
