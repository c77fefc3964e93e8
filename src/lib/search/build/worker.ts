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
import { indexByPlan, planSearchIndex, type IndexStats } from './index.ts';
import { exportDigests, exportsFromStore } from './store-exports.ts';

/** What the worker is given: where to index, its cache, and the content store to begin from, if any. */
export interface IndexTask {
  dist: string;
  cacheDir: string | undefined;
  salt: string;
  store?: { file: string; site: string; base: string };
}

/**
 * What it posts back: the statistics, and the digests of the exports it made from the store; or, begun from
 * the store with more than one shard to index again, how many (nothing is indexed: see below).
 */
export type IndexDone = { stats: IndexStats; digests?: Record<string, string> } | { deferred: number };

/**
 * Begun from the store, the index is made before the render only if it is a rebuild's: one shard to index
 * again, on the core the bundle and the render of a few pages leave idle. More is a build of many
 * readouts, whose index on both cores beside the render's workers made a 1,000-readout build no faster
 * and took its peak memory to 5.2 GiB (docs/performance.md); that index waits for dist/, as the integration then does.
 */
const EARLY_SHARDS = 1;

const { dist, cacheDir, salt, store } = workerData as IndexTask;
const exports = store && exportsFromStore(store.file, new URL(store.site), store.base);
const plan = planSearchIndex(dist, { cacheDir, salt, exports });
const done: IndexDone =
  exports && plan.again > EARLY_SHARDS
    ? { deferred: plan.again }
    : {
        stats: await indexByPlan(dist, loadGlossary(), plan, { cacheDir }),
        ...(exports && { digests: exportDigests(exports) }),
      };
parentPort!.postMessage(done);
