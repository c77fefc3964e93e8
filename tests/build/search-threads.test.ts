import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareDirs } from '../../scripts/compare-dist.ts';
import { loadGlossary } from '../../src/lib/glossary/load.ts';
import { buildSearchIndex } from '../../src/lib/search/build/index.ts';

/**
 * The search index of a large collection is indexed in groups of shards on several threads, each with its
 * own Pagefind process (src/lib/search/build/shard-group.ts). What they make must not depend on how many
 * threads made it: six copies of the built readout's export, in shards of two, are indexed on one thread
 * and on two, and the two trees must be byte for byte the same. One copy's word counts cannot be foretold
 * (layout.ts), and the index must notice and count it as Pagefind does. Then a rebuild with one readout changed
 * indexes its shard alone, on one thread.
 */
describe('the search index on several threads', () => {
  const work = mkdtempSync(join(tmpdir(), 'bayan-search-threads-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const exported = JSON.parse(readFileSync('dist/readouts/xi-putin-2021-12-15.json', 'utf8')) as { slug: string };
  const siteWith = (name: string) => {
    const dist = join(work, name);
    mkdirSync(join(dist, 'readouts'), { recursive: true });
    for (let i = 1; i <= 6; i++)
      writeFileSync(
        join(dist, 'readouts', `copy-${i}.json`),
        // In copy 6, a next-line character (U+0085) that Pagefind takes for a space and JavaScript's \s does
        // not: its foretold word count is wrong, so it must be counted by Pagefind and its shard indexed again.
        JSON.stringify({ ...exported, slug: `copy-${i}` }).replace(
          'held a virtual meeting',
          i === 6 ? 'held a\u0085virtual meeting' : 'held a virtual meeting',
        ),
      );
    return dist;
  };
  const glossary = loadGlossary();

  it('makes the same files on two threads as on one', async () => {
    const one = siteWith('one');
    const two = siteWith('two');
    const onOne = await buildSearchIndex(one, glossary, { threads: 1, readoutsPerShard: 2 });
    const onTwo = await buildSearchIndex(two, glossary, {
      threads: 2,
      readoutsPerShard: 2,
      cacheDir: join(work, 'cache'),
    });
    expect(onOne).toMatchObject({ readouts: 6, shards: 3, reindexed: 3, groups: 1, measured: 1 });
    expect(onTwo).toMatchObject({ readouts: 6, shards: 3, reindexed: 3, groups: 2, measured: 1 });
    expect(compareDirs(one, two)).toMatchObject({ onlyInA: [], onlyInB: [], differ: [] });
  }, 60_000);

  it('indexes only the changed readout’s shard again, on one thread', async () => {
    const two = join(work, 'two');
    const file = join(two, 'readouts', 'copy-3.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Vladimir Putin', 'Vladimir V. Putin'));
    const again = await buildSearchIndex(two, glossary, {
      threads: 2,
      readoutsPerShard: 2,
      cacheDir: join(work, 'cache'),
    });
    expect(again).toMatchObject({ readouts: 6, shards: 3, reindexed: 1, reused: 5, groups: 1, measured: 0 });
  }, 60_000);
});
