/**
 * The search index built in a worker thread (src/integrations/search-index.ts starts it): reading every
 * readout's export and making its record is seconds of JavaScript a readout at a time (37–88 s for 1,000
 * readouts from scratch), which on the main thread held up the passes after the build; here it runs on the
 * other cores while they read and write the pages (with the threads it starts itself for groups of shards,
 * shard-group.ts). Posts the index's statistics, or throws.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadGlossary } from '../../glossary/load.ts';
import { buildSearchIndex } from './index.ts';

const { dist, cacheDir, salt } = workerData as { dist: string; cacheDir: string | undefined; salt: string };
parentPort!.postMessage(await buildSearchIndex(dist, loadGlossary(), { cacheDir, salt }));
