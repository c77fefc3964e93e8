import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadGlossary } from '../../src/lib/glossary/load.ts';
import { buildSearchIndex } from '../../src/lib/search/build/index.ts';
import { shardOf } from '../../src/lib/search/build/shards.ts';

/** How many readouts' records have been made: each record reads its readout's word study once. */
const made = vi.hoisted(() => ({ records: 0, atEachIndex: [] as number[] }));

vi.mock('../../src/lib/words/load.ts', async (original) => {
  const real = await original<typeof import('../../src/lib/words/load.ts')>();
  return {
    ...real,
    loadReadoutWords: (slug: string) => {
      made.records++;
      return real.loadReadoutWords(slug);
    },
  };
});

vi.mock('../../src/lib/search/build/pagefind.ts', async (original) => {
  const real = await original<typeof import('../../src/lib/search/build/pagefind.ts')>();
  return {
    ...real,
    indexFiles: (...args: Parameters<typeof real.indexFiles>) => {
      made.atEachIndex.push(made.records);
      return real.indexFiles(...args);
    },
  };
});

/**
 * A collection's records (every word that finds each of its paragraphs) are the largest thing the search
 * index makes; holding all of them until the first shard was indexed ran a 24 GiB machine out of memory at
 * 10,000 readouts (docs/performance.md). So a thread makes one shard's records, then the next shard's
 * while Pagefind writes: six readouts in shards of two, on one thread, reach Pagefind two at a time.
 */
describe('the search index makes its records a shard at a time', () => {
  const work = mkdtempSync(join(tmpdir(), 'bayan-search-records-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('starts Pagefind on the first shard with only that shard’s records made', async () => {
    const exported = JSON.parse(readFileSync('dist/readouts/xi-putin-2021-12-15.json', 'utf8')) as object;
    mkdirSync(join(work, 'readouts'), { recursive: true });
    // Two readouts in each of the three shards (a readout's shard follows from a hash of its slug).
    const slugs = [0, 1, 2].flatMap((shard) =>
      Array.from({ length: 40 }, (_, i) => `copy-${i}`)
        .filter((slug) => shardOf(slug, 3) === shard)
        .slice(0, 2),
    );
    expect(slugs).toHaveLength(6);
    for (const slug of slugs)
      writeFileSync(join(work, 'readouts', `${slug}.json`), JSON.stringify({ ...exported, slug }));

    const stats = await buildSearchIndex(work, loadGlossary(), { threads: 1, readoutsPerShard: 2 });

    expect(stats).toMatchObject({ readouts: 6, shards: 3, reindexed: 3, groups: 1, measured: 0 });
    // Each shard's two records, the next shard's made while Pagefind indexes the one before.
    expect(made.atEachIndex).toEqual([2, 4, 6]);
  }, 60_000);
});
