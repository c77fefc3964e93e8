/**
 * Builds the search index from the site's JSON exports (dist/readouts/*.json, or their texts made before
 * the render, store-exports.ts):
 *
 * - `pagefind/`: one Pagefind record per readout, each paragraph a `<section id="p-N">`,
 *   its regions padded to the width of their length class (src/lib/search/map.ts). A paragraph's section holds
 *   its own words — the English gloss and translator's notes (stemmed by Pagefind's
 *   English stemmer), the Arabic as normalised variants (src/lib/search/text.ts) —
 *   then the names, forms and aliases of the glossary terms it mentions (so SCO
 *   finds منظمة شانغهاي للتعاون and back) and, for ranking, a hidden word per
 *   term, repeated by how plainly the paragraph names it (namingStrength).
 *   The padding follows each region's word count as Pagefind counts it, foretold and checked
 *   (shard-group.ts).
 * - `search/map.json`: each readout's paragraphs' length classes, which give its layout; `search/facets.json`: each paragraph's speaker and kinds of term.
 * - `search/vocab/`: the index's words with their counts, split by first letter and
 *   length, for correcting a query word the index does not know.
 * - `search/p/<page id>/<n>.json`: what a result shows of a paragraph — clean text,
 *   loaded only for the results on screen. Keyed by Pagefind's page id, so the map
 *   needs no slugs.
 *
 * Pagefind cannot add to an index (its issue #71), so the readouts are indexed in a few shards
 * (shards.ts) and a build indexes again only the shards whose readouts changed. What one readout
 * contributes — its record, facets, shown paragraphs and checked word counts — depends only on its
 * JSON export, the glossary and this code, so with a `cacheDir` it is kept there between builds
 * with each shard's Pagefind files (cache.ts), and only new or changed readouts are recomputed and counted.
 * The shards are indexed in groups, one a core as far as the memory available allows (searchThreads),
 * each on its own thread with its own Pagefind process (shard-group.ts); this module merges what they
 * return. Every file is written only when its bytes change (../../build/sync-files.ts).
 */
import { availableParallelism } from 'node:os';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { TERM_KIND_IDS } from '../../../schemas/term.ts';
import { ar } from '../../../i18n/ar.ts';
import { en } from '../../../i18n/en.ts';
import type { Glossary } from '../../glossary/load.ts';
import type { FacetLabels } from '../map.ts';
import { buildParagraphMap, type IndexedReadout } from './layout.ts';
import { CATALOGUE_PATH, VOCABULARY_DIR } from '../vocabulary.ts';
import { vocabularyFrom, type VocabularyCounts } from './vocabulary.ts';
import { published, shardCount, shardDir, shardOf } from './shards.ts';
import { syncFiles, writeIfChanged } from '../../build/sync-files.ts';
import { pruneSearchCache, searchCache, shardMembers, shownKeys, writeShownKeys } from './cache.ts';
import { indexShardGroup, type ShardGroupResult, type ShardGroupTask } from './shard-group.ts';
import { stopwatch } from '../../build/stopwatch.ts';

/** Where a result's paragraph text is kept: `search/p/<page id>/<n>.json`. */
const SHOWN_DIR = 'search/p';

/**
 * What the index writes in dist/ (dist-relative; a folder ends with a slash). The index keeps these
 * itself, rewriting only what changed, so src/integrations/keep-dist.ts leaves them alone.
 */
export const SEARCH_OUTPUTS = [
  'pagefind/',
  `${SHOWN_DIR}/`,
  `${VOCABULARY_DIR}/`,
  'search/map.json',
  'search/facets.json',
];

export interface IndexStats {
  readouts: number;
  paragraphs: number;
  /** Files in pagefind/. */
  files: number;
  /** How many Pagefind indexes (shards.ts), and how many of them this build indexed again. */
  shards: number;
  reindexed: number;
  /** Readouts whose parts came from the cache, not from their export. */
  reused: number;
  /** Readouts whose foretold word counts Pagefind did not bear out (shard-group.ts), counted by an unpadded pass. */
  measured: number;
  /** How many threads (each with its own Pagefind process) indexed the shards. */
  groups: number;
  /** Milliseconds per step. */
  timings: Record<string, number>;
}

/**
 * What a thread's shard costs in memory, a readout of it: Pagefind's process holds the whole shard it
 * indexes (5.8 GiB for 2,500 readouts), and the thread the records of that shard and the next
 * (shard-group.ts). Measured at 10,000 readouts, rounded up (docs/performance.md).
 */
export const INDEX_BYTES_PER_READOUT = 4 * 2 ** 20;

/**
 * Threads for the index: BAYAN_SEARCH_THREADS, or one a core, but no more than the memory available now
 * holds shards of `readoutsPerShard` readouts, one a thread (Node's figure for this process, which heeds
 * a container's limit where the machine's free memory would not). Two threads at 10,000 readouts (two
 * Pagefind processes of 2,500 readouts) are more than a 24 GiB machine has beside the rest of the build;
 * the output does not depend on the number of threads (indexByPlan), only the time.
 */
export function searchThreads(readoutsPerShard: number, available = process.availableMemory()): number {
  const set = process.env.BAYAN_SEARCH_THREADS;
  if (set !== undefined) {
    const wanted = Number(set);
    return Number.isInteger(wanted) && wanted > 0 ? wanted : 1;
  }
  const fit = Math.floor(available / (Math.max(1, readoutsPerShard) * INDEX_BYTES_PER_READOUT));
  return Math.max(1, Math.min(availableParallelism(), fit));
}

/**
 * The shards in groups, one a thread: as many threads as searchThreads allows, but no more than there
 * are shards to index again, since a thread costs its start and the copying of its readouts' parts back
 * (about 3 s for 500 readouts). The shards indexed again are dealt
 * out in turn; the kept ones go to the first group, which runs on the calling thread.
 */
export function shardGroups(shards: number, kept: (shard: number) => boolean, threads: number): number[][] {
  const all = Array.from({ length: shards }, (_, shard) => shard);
  const again = all.filter((shard) => !kept(shard));
  const count = Math.max(1, Math.min(again.length, threads));
  const groups = Array.from({ length: count }, (_, g) => again.filter((_, i) => i % count === g));
  groups[0]!.push(...all.filter(kept));
  return groups.map((group) => group.sort((a, b) => a - b));
}

/** A group indexed on a thread of its own (shard-worker.ts). */
function inWorker(task: ShardGroupTask): Promise<ShardGroupResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./shard-worker.ts', import.meta.url), { workerData: task });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`A search index thread stopped (exit code ${code}).`)));
  });
}

/** Where the index's files go and its cache, and what it reads the exports from. */
export interface SearchIndexOptions {
  cacheDir?: string | undefined;
  salt?: string;
  /**
   * The exports' texts by their dist-relative paths (`readouts/<slug>.json`), when they are known before
   * dist/ holds them (store-exports.ts); without it, dist/readouts/*.json are read.
   */
  exports?: ReadonlyMap<string, string> | undefined;
  /** How many threads may index (shardGroups); tests set it, and the shard size, to try the groups on a few readouts. */
  threads?: number;
  readoutsPerShard?: number;
}

/** What a build of the index will do: each export's shard and key, and the groups of shards, one a thread. */
export interface SearchPlan {
  shards: number;
  /** How many shards are to be indexed again (their readouts changed, or they are not in the cache). */
  again: number;
  tasks: ShardGroupTask[];
  /** Milliseconds the plan took (reading the exports and their keys). */
  ms: number;
}

/**
 * Plans the index of dist/readouts/*.json (or of `exports`). `cacheDir` keeps each readout's parts between
 * builds; `salt` must change whenever the glossary or the indexing code does (the integration passes the
 * digest of src/lib/ and the glossary, src/lib/markdown/inputs.ts, and Pagefind's version).
 */
export function planSearchIndex(
  dist: string,
  { cacheDir, salt = '', threads, readoutsPerShard, exports }: SearchIndexOptions = {},
): SearchPlan {
  const start = performance.now();
  // Which shard a readout is in follows from its slug (its export's name) and how many readouts there are.
  const cache = searchCache(cacheDir, salt);
  const names = exports ? [...exports.keys()].sort() : globSync('readouts/*.json', { cwd: dist }).sort();
  const shards = shardCount(names.length, readoutsPerShard);
  const files = names.map((file) => {
    const json = exports?.get(file);
    const slug = basename(file, '.json');
    const key = cache.key(slug, json ?? readFileSync(join(dist, file)));
    // A text read from dist/ is not kept: the group reads it again only if the readout's parts must be made.
    return { file, shard: shardOf(slug, shards), key, ...(json !== undefined && { json }) };
  });
  const keptShards = new Set(
    Array.from({ length: shards }, (_, shard) => shard).filter((shard) =>
      cache.hasShard(
        shardMembers(
          shard,
          shards,
          files.filter((f) => f.shard === shard),
        ),
      ),
    ),
  );
  const perShard = Math.ceil(names.length / shards);
  const tasks = shardGroups(shards, (shard) => keptShards.has(shard), threads ?? searchThreads(perShard)).map(
    (group): ShardGroupTask => ({
      dist,
      files: files.filter((f) => group.includes(f.shard)),
      shards,
      group,
      again: group.filter((shard) => !keptShards.has(shard)),
      cacheDir,
      salt,
    }),
  );
  return { shards, again: shards - keptShards.size, tasks, ms: Math.round(performance.now() - start) };
}

/** Indexes dist/readouts/*.json (or `exports`), as planned by planSearchIndex with the same options. */
export const buildSearchIndex = (dist: string, glossary: Glossary, options: SearchIndexOptions = {}) =>
  indexByPlan(dist, glossary, planSearchIndex(dist, options), options);

/** Builds the index as `plan` says, writing its files in `dist`. */
export async function indexByPlan(
  dist: string,
  glossary: Glossary,
  { shards, tasks, ms }: SearchPlan,
  { cacheDir }: SearchIndexOptions = {},
): Promise<IndexStats> {
  const { timings, lap, restart } = stopwatch();
  timings['keys'] = ms;
  const groups = tasks.length;
  // The other threads are started first: the first group's records are made synchronously, on this thread.
  const others = tasks.slice(1).map(inWorker);
  const results = await Promise.all([indexShardGroup(tasks[0]!, glossary), ...others]);
  for (const [g, result] of results.entries())
    for (const [step, ms] of Object.entries(result.timings))
      timings[groups > 1 ? `${step} [thread ${g + 1}]` : step] = ms;
  if (groups > 1) lap('all threads');
  else restart();

  // Merged in the order of the export files, as one thread would have made them, so the output does not depend on the threads.
  const all = results.flatMap((r) => r.readouts).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const mapped = new Map(all.map(({ parts }) => [parts.slug, parts.mapped]));
  const shownBySlug = new Map(all.map(({ parts }) => [parts.slug, parts.shown]));
  /** Each speaker's name (the facet's value) and its Arabic, for the Arabic search page's filters. */
  const speakerNames = new Map(all.flatMap(({ parts }) => parts.speakers));
  const counts = new Map(all.map(({ parts }) => [parts.slug, parts.counts ?? []]));
  const bundle = new Map<string, Buffer>();
  const unsorted: IndexedReadout[] = [];
  for (const { shard, files: shardFiles, indexed } of results
    .flatMap((r) => r.shards)
    .sort((a, b) => a.shard - b.shard)) {
    for (const [path, bytes] of shardFiles)
      if (published(path, shard))
        bundle.set(`${shardDir(shard)}${path}`, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    unsorted.push(...indexed);
  }
  pruneSearchCache(
    cacheDir,
    results.map((r) => r.use),
  );
  const synced = syncFiles(join(dist, 'pagefind'), bundle);
  lap(`pagefind/ (${synced.written} files written, ${synced.deleted} deleted)`);

  const indexed = unsorted.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
  const { map, facets } = buildParagraphMap(indexed, counts, mapped);
  if (shards > 1) map.shards = Array.from({ length: shards - 1 }, (_, i) => `pagefind/${shardDir(i + 1)}`);
  facets.labels = { ar: facetLabels(speakerNames) };
  // A readout's texts are written again only if its parts changed since the build that wrote them (or they are missing).
  const keyBySlug = new Map(all.map(({ key, parts }) => [parts.slug, key]));
  const previous = shownKeys(cacheDir);
  const current: Record<string, string> = {};
  const unchanged = new Set<string>();
  const shownFiles = new Map<string, string>();
  for (const { page, slug } of indexed) {
    current[page] = keyBySlug.get(slug)!;
    if (previous[page] === current[page] && existsSync(join(dist, SHOWN_DIR, page))) unchanged.add(page);
    else
      for (const paragraph of shownBySlug.get(slug) ?? [])
        shownFiles.set(`${page}/${paragraph.n}.json`, JSON.stringify(paragraph));
  }
  const shown = syncFiles(join(dist, SHOWN_DIR), shownFiles, (path) => unchanged.has(path));
  writeShownKeys(cacheDir, current);
  writeIfChanged(join(dist, 'search/map.json'), JSON.stringify(map));
  writeIfChanged(join(dist, 'search/facets.json'), JSON.stringify(facets));
  lap(`map, facets, shown paragraphs (${shown.written} written, ${shown.deleted} deleted)`);
  writeVocabulary(
    dist,
    all.map(({ parts }) => parts.vocabulary),
  );
  lap('vocabulary');
  return {
    readouts: indexed.length,
    paragraphs: map.paragraphs,
    files: bundle.size,
    shards,
    reindexed: results.reduce((sum, r) => sum + r.reindexed, 0),
    reused: results.reduce((sum, r) => sum + r.reused, 0),
    measured: results.reduce((sum, r) => sum + r.measured, 0),
    groups,
    timings,
  };
}

/** The Arabic search page's names for the facets' values: speakers, and kinds of term from the Arabic dictionary. */
function facetLabels(speakerNames: ReadonlyMap<string, string>): FacetLabels {
  const kinds = TERM_KIND_IDS;
  return {
    speaker: Object.fromEntries(speakerNames),
    kind: Object.fromEntries(kinds.map((kind) => [en.glossary.kind[kind], ar.glossary.kind[kind]])),
  };
}

/** `search/vocab/`: the words every paragraph is indexed with, for telling unknown words and correcting them (src/lib/search/vocabulary.ts). */
function writeVocabulary(dist: string, parts: readonly VocabularyCounts[]) {
  const { files, catalogue } = vocabularyFrom(parts);
  const contents = new Map<string, string>();
  for (const [path, content] of files) contents.set(relative(VOCABULARY_DIR, path), JSON.stringify(content));
  contents.set(relative(VOCABULARY_DIR, CATALOGUE_PATH), JSON.stringify(catalogue));
  syncFiles(join(dist, VOCABULARY_DIR), contents);
}
