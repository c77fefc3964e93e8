/**
 * The search index in shards. Pagefind cannot add a page to an index (its issue #71), so a build
 * re-indexes every readout in the index it changes, and that cost grows with the collection. The
 * readouts are therefore split by a stable hash of their slug into a few separate Pagefind indexes;
 * a build rebuilds only the shards whose readouts changed (one, after adding, editing or removing a
 * readout), and the browser merges them at query time with Pagefind's `mergeIndex`. Each shard
 * costs a first search its page list and an index chunk per word (docs/performance.md), so the
 * number stays small: one shard up to 250 readouts, never more than four. Which shard a readout is
 * in depends only on its slug and the number of readouts, so an incremental build makes the same
 * index as a build from scratch.
 */
import { createHash } from 'node:crypto';

export const READOUTS_PER_SHARD = 250;
export const MAX_SHARDS = 4;

/** How many shards a collection of `readouts` readouts is indexed in. */
export const shardCount = (readouts: number, perShard = READOUTS_PER_SHARD): number =>
  Math.min(MAX_SHARDS, Math.max(1, Math.ceil(readouts / perShard)));

/** The shard (0 … shards − 1) of the readout `slug`. */
export const shardOf = (slug: string, shards: number): number =>
  shards === 1 ? 0 : createHash('sha256').update(slug).digest().readUInt32BE(0) % shards;

/**
 * Where a shard's files go under dist/pagefind/: the first at its root, as an unsharded index
 * (the browser loads pagefind.js and the WebAssembly from there), the others in s1/, s2/, …
 */
export const shardDir = (shard: number): string => (shard === 0 ? '' : `s${shard}/`);

/** Pagefind's files a shard publishes: no bundled UI (Bayan has its own), and the script and WebAssembly only in the first. */
export function published(path: string, shard: number): boolean {
  if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(path)) return false;
  return shard === 0 || !/^(pagefind\.js|pagefind-worker\.js|wasm\.[^/]+\.pagefind)$/.test(path);
}
