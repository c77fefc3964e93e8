/**
 * `BASE=<folder> npm run bench:index-scale` (SIZES=10000 by default): the search index alone, at sizes a
 * full build here does not reach in a working day. BASE is a folder `KEEP=1 npm run bench:scale` kept (its
 * dist/ of synthetic readouts). For each N its readouts' JSON exports — what the index is built from
 * (src/lib/search/build/index.ts) — are copied under new slugs up to N readouts, into a copy of its dist/
 * (hard links) without its index, and the index is built from scratch there, in a child process timed by GNU
 * time (wall seconds, peak memory of Node and Pagefind). Then it reports the index's size and files, how long
 * one shard took (what a rebuild after one changed readout re-indexes), and a first search for "BRICS" from
 * the home page in Chromium, as bench:scale does. Opt-in; never part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGlossary } from '../src/lib/glossary/load.ts';
import { buildSearchIndex, SEARCH_OUTPUTS } from '../src/lib/search/build/index.ts';
import { firstSearch, kib, launchChromium } from './lib.ts';

/** The child: builds the index of `dist` and prints its statistics as JSON. */
if (process.argv[2] === '--index') {
  const stats = await buildSearchIndex(process.argv[3]!, loadGlossary());
  console.log(JSON.stringify(stats));
  process.exit(0);
}

const BASE = process.env['BASE'];
if (!BASE) throw new Error('BASE=<a folder kept by KEEP=1 npm run bench:scale> is needed');
const SIZES = (process.env['SIZES'] ?? '10000').split(',').map(Number);
const du = (path: string) => Number(spawnSync('du', ['-sb', path], { encoding: 'utf8' }).stdout.split('\t')[0]);

const baseDist = join(BASE, 'dist');
const exports = readdirSync(join(baseDist, 'readouts'))
  .filter((f) => f.endsWith('.json'))
  .sort();
const browser = await launchChromium();
const rows: string[] = [];
for (const n of SIZES) {
  const work = mkdtempSync(join(tmpdir(), `bayan-index-${n}-`));
  const dist = join(work, 'dist');
  if (spawnSync('cp', ['-al', baseDist, dist]).status !== 0) throw new Error(`could not copy ${baseDist}`);
  for (const out of SEARCH_OUTPUTS) rmSync(join(dist, out), { recursive: true, force: true });
  for (const file of exports) rmSync(join(dist, 'readouts', file));
  // Readout i is the base's readout (i − 1) mod its size, under the slug synthetic-i (five digits).
  for (let i = 1; i <= n; i++) {
    const from = exports[(i - 1) % exports.length]!;
    const slug = from.slice(0, -'.json'.length);
    const to = `synthetic-${String(i).padStart(5, '0')}`;
    writeFileSync(
      join(dist, 'readouts', `${to}.json`),
      readFileSync(join(baseDist, 'readouts', from), 'utf8').replaceAll(slug, to),
    );
  }
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, 'bench/index-scale.ts', '--index', dist], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=16384` },
  });
  if (run.status !== 0) throw new Error(run.stderr.slice(-2000));
  const [seconds, peakKb] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number];
  const stats = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as {
    shards: number;
    files: number;
    timings: Record<string, number>;
  };
  // Pagefind's time on every thread (shard-group.ts), so divided by the shards it is one shard's, as if alone.
  const pagefindSeconds =
    Object.entries(stats.timings)
      .filter(([step]) => step.startsWith('Pagefind'))
      .reduce((sum, [, ms]) => sum + ms, 0) / 1000;
  console.log(`${n} readouts: ${JSON.stringify(stats.timings)}`);
  const { bytes, firstResults } = await firstSearch(browser, dist, 4398);
  rows.push(
    `| ${n} | ${seconds.toFixed(1)} | ${Math.round(peakKb / 1024)} | ${stats.shards} | ${(pagefindSeconds / stats.shards).toFixed(1)} | ${(du(join(dist, 'pagefind')) / 2 ** 20).toFixed(1)} | ${stats.files} | ${kib(bytes)} | ${firstResults} | ${loadavg()[0]!.toFixed(1)} |`,
  );
  console.log(rows.at(-1));
  rmSync(work, { recursive: true, force: true });
}
await browser.close();
console.log(
  '| readouts | index from scratch (s) | peak memory (MiB) | shards | one shard, mean (s) | pagefind/ (MiB) | files in pagefind/ | first search "BRICS" (KiB) | typed → results (ms) | load average |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
