import { availableParallelism } from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_SHARDS, published, shardCount, shardDir, shardOf } from '../../../../src/lib/search/build/shards.ts';
import { INDEX_BYTES_PER_READOUT, searchThreads, shardGroups } from '../../../../src/lib/search/build/index.ts';

describe('search index shards', () => {
  it('keeps one index up to 250 readouts and never makes more than four', () => {
    expect([1, 250, 251, 1000, 10_000].map((n) => shardCount(n))).toEqual([1, 1, 2, 4, MAX_SHARDS]);
  });

  it('puts a readout in the same shard whatever else the collection holds', () => {
    const slugs = Array.from({ length: 1000 }, (_, i) => `readout-${i}`);
    const sizes = new Array<number>(4).fill(0);
    for (const slug of slugs) sizes[shardOf(slug, 4)]!++;
    expect(shardOf('readout-7', 4)).toBe(shardOf('readout-7', 4));
    expect(shardOf('readout-7', 1)).toBe(0);
    // A hash spreads them: no shard holds twice its share.
    for (const size of sizes) expect(size).toBeGreaterThan(125);
  });

  it('publishes the script and WebAssembly from the first shard only, and no bundled UI', () => {
    expect(shardDir(0)).toBe('');
    expect(shardDir(2)).toBe('s2/');
    expect(published('pagefind.js', 0)).toBe(true);
    expect(published('wasm.en.pagefind', 1)).toBe(false);
    expect(published('pagefind-entry.json', 1)).toBe(true);
    expect(published('fragment/en_1.pf_fragment', 3)).toBe(true);
    expect(published('pagefind-ui.js', 0)).toBe(false);
  });
});

describe('shards in groups, one a thread', () => {
  it('deals the shards to index again out to the threads, and gives the kept ones to the first', () => {
    expect(shardGroups(4, () => false, 2)).toEqual([
      [0, 2],
      [1, 3],
    ]);
    expect(shardGroups(4, (shard) => shard !== 1 && shard !== 2, 2)).toEqual([[0, 1, 3], [2]]);
  });

  it('starts no thread for one shard to index again, or none (a rebuild after one change)', () => {
    expect(shardGroups(4, (shard) => shard !== 3, 2)).toEqual([[0, 1, 2, 3]]);
    expect(shardGroups(4, () => true, 2)).toEqual([[0, 1, 2, 3]]);
    expect(shardGroups(1, () => false, 2)).toEqual([[0]]);
    expect(shardGroups(4, () => false, 1)).toEqual([[0, 1, 2, 3]]);
  });
});

describe('threads for the index', () => {
  const GiB = 2 ** 30;
  afterEach(() => vi.unstubAllEnvs());

  it('indexes shards of 2,500 readouts on one thread when the memory left holds one, however many cores', () => {
    vi.stubEnv('BAYAN_SEARCH_THREADS', undefined);
    // At 10,000 readouts, after the render, about 12 GiB of a 24 GiB machine is left (docs/performance.md).
    expect(searchThreads(2500, 12 * GiB)).toBe(1);
    // Even when one shard does not fit: the index is made, more slowly, rather than not at all.
    expect(searchThreads(2500, 2 * GiB)).toBe(1);
    expect(searchThreads(2500, 2500 * INDEX_BYTES_PER_READOUT * 2)).toBe(Math.min(2, availableParallelism()));
    // No readouts, no memory reported: still a thread, not NaN.
    expect(searchThreads(0, 0)).toBe(1);
  });

  it('gives a collection of 1,000 one thread a core', () => {
    vi.stubEnv('BAYAN_SEARCH_THREADS', undefined);
    expect(searchThreads(250, 16 * GiB)).toBe(availableParallelism());
  });

  it('takes the number BAYAN_SEARCH_THREADS sets, whatever the memory', () => {
    vi.stubEnv('BAYAN_SEARCH_THREADS', '3');
    expect(searchThreads(2500, 1 * GiB)).toBe(3);
    vi.stubEnv('BAYAN_SEARCH_THREADS', 'many');
    expect(searchThreads(250, 16 * GiB)).toBe(1);
  });
});
