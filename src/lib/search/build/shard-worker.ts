/**
 * A group of the index's shards indexed on its own thread, with its own Pagefind process (shard-group.ts);
 * index.ts starts one for each core after the first. Posts the group's result, or throws.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadGlossary } from '../../glossary/load.ts';
import { indexShardGroup, type ShardGroupTask } from './shard-group.ts';

parentPort!.postMessage(await indexShardGroup(workerData as ShardGroupTask, loadGlossary()));
