/**
 * The search index built in a worker thread (src/integrations/search-index.ts starts it): reading every
 * readout's export and making its record is seconds of JavaScript a readout at a time (37–88 s for 1,000
 * readouts from scratch), which on the main thread held up the build; here it runs on the other cores
 * (with the threads it starts itself for groups of shards, shard-group.ts). Given Astro's content store,
 * it starts before the render, from the exports' texts made from the store (store-exports.ts), and
 * posts their digests with the statistics, for the integration to check against what the build wrote;
 * otherwise it reads dist/'s exports after the build. Posts the index's statistics, or throws.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadGlossary } from '../../glossary/load.ts';
import { buildSearchIndex, type IndexStats } from './index.ts';
import { exportDigests, exportsFromStore } from './store-exports.ts';

/** What the worker is given: where to index, its cache, and the content store to begin from, if any. */
export interface IndexTask {
  dist: string;
  cacheDir: string | undefined;
  salt: string;
  store?: { file: string; site: string; base: string };
}

/** What it posts back: the statistics, and the digests of the exports it made from the store. */
export interface IndexDone {
  stats: IndexStats;
  digests?: Record<string, string>;
}

const { dist, cacheDir, salt, store } = workerData as IndexTask;
const exports = store && exportsFromStore(store.file, new URL(store.site), store.base);
const stats = await buildSearchIndex(dist, loadGlossary(), { cacheDir, salt, exports });
parentPort!.postMessage({ stats, ...(exports && { digests: exportDigests(exports) }) } satisfies IndexDone);
