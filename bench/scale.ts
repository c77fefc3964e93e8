/**
 * `npm run bench:scale` (SIZES=1,100,1000 by default): how Bayan grows from one
 * readout to a thousand, or ten thousand with SIZES=10000 (opt-in: hours on two cores,
 * and never part of `npm test`). For each N it writes N synthetic readouts into a
 * temporary content folder — the real paragraphs and glosses recombined, with
 * unique slugs and dates — builds the site and its index from scratch, and reports build
 * seconds, seconds per readout, peak memory, dist/ size and number of files (what a
 * static host counts), index size, and the bytes and time of a first search in Chromium.
 * A size may repeat (SIZES=1000,1000,1000) for a median. KEEP=1 keeps each size's folder (content, cache,
 * dist/, and the build's log in build.log) for the incremental and index benchmarks. KEPT=<folder>
 * measures a kept folder again without building it (everything but the build's time and memory): a
 * 10,000-readout build takes over an hour. BUILD_FLAGS="--flag …" gives Node's and V8's own flags to the
 * build's process, for flags NODE_OPTIONS does not accept (a V8 garbage-collection flag, say), to
 * measure a build each way.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { shellFiles } from '../src/lib/offline/lists.ts';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { firstSearch, kib, launchChromium } from './lib.ts';
import { writeSynthetic } from './synthetic.ts';

const SIZES = (process.env['SIZES'] ?? '1,100,1000').split(',').map(Number);
/** Node's default heap (about 4 GiB here) is too small for the largest collections; the machine's memory is the limit. */
const HEAP_MIB = Number(process.env['HEAP_MIB'] ?? 16_384);
const BUILD_FLAGS = (process.env['BUILD_FLAGS'] ?? '').split(' ').filter(Boolean);

/** dist/'s files by what they are: pages, a readout's exports and data, search result texts, Pagefind's index, the rest. */
function census(dist: string): Record<string, number> {
  const counts: Record<string, number> = { pages: 0, 'readout files': 0, 'search texts': 0, pagefind: 0, other: 0 };
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name).slice(dist.length + 1);
    const kind = path.startsWith('pagefind/')
      ? 'pagefind'
      : path.startsWith('search/p/')
        ? 'search texts'
        : path.endsWith('.html')
          ? 'pages'
          : /^(ar\/)?readouts\//.test(path)
            ? 'readout files'
            : 'other';
    counts[kind]!++;
  }
  return counts;
}

/**
 * What offline reading costs at this size (docs/offline.md): the shell a visit installs, which must not grow with
 * the collection, and what saving one readout stores (its list, src/lib/offline/lists.ts), raw and gzipped.
 */
function offlineCost(dist: string): string {
  const sizes = (files: string[]) => {
    let raw = 0;
    let gz = 0;
    for (const file of files) {
      const path = join(dist, file === '' || file.endsWith('/') ? `${file}index.html` : file);
      if (!existsSync(path)) continue;
      const bytes = readFileSync(path);
      raw += bytes.length;
      gz += gzipSync(bytes).length;
    }
    return `${files.length} files, ${(raw / 2 ** 20).toFixed(2)} MiB (${(gz / 2 ** 20).toFixed(2)} MiB gzip)`;
  };
  const list = readdirSync(join(dist, 'offline/lists'))[0];
  const saved = list
    ? (JSON.parse(readFileSync(join(dist, 'offline/lists', list), 'utf8')) as { files: string[] })
    : undefined;
  return `shell ${sizes(shellFiles(dist, '/'))}; saving one readout ${saved ? sizes(saved.files) : 'n/a'}`;
}

const du = (path: string) => Number(spawnSync('du', ['-sb', path], { encoding: 'utf8' }).stdout.split('\t')[0]);

/**
 * What a host and a reader's browser see of a built folder: its files, size, offline cost and a first
 * search; the table's cells from dist/ on, with the load average after it all.
 */
async function measure(browser: Browser, work: string, n: number) {
  const dist = join(work, 'dist');
  const files = census(dist);
  const fileCount = Object.values(files).reduce((a, b) => a + b, 0);
  console.log(`${n} readouts, ${fileCount} files: ${JSON.stringify(files)}`);
  console.log(`${n} readouts, offline: ${offlineCost(dist)}`);
  const { bytes, firstResults } = await firstSearch(browser, dist, 4397);
  return `${(du(dist) / 2 ** 20).toFixed(1)} | ${fileCount} | ${(fileCount / n).toFixed(1)} | ${(du(join(dist, 'pagefind')) / 2 ** 20).toFixed(2)} | ${kib(bytes)} | ${firstResults} | ${loadavg()[0]!.toFixed(1)}, ${loadavg()[2]!.toFixed(1)}`;
}

const rows: string[] = [];
const browser = await launchChromium();
const kept = process.env['KEPT'];
if (kept) {
  // The folder's readouts are its content: count them rather than trust its name.
  const n = readdirSync(join(kept, 'readouts')).filter((name) => name.endsWith('.md')).length;
  const cells = await measure(browser, kept, n);
  rows.push(`| ${n} | — | — | — | ${cells} |`);
  console.log(rows.at(-1));
}
for (const n of kept ? [] : SIZES) {
  const work = mkdtempSync(join(tmpdir(), `bayan-scale-${n}-`));
  const content = join(work, 'readouts');
  mkdirSync(content);
  writeSynthetic(content, n);
  const dist = join(work, 'dist');
  const env = {
    ...process.env,
    BAYAN_READOUTS_DIR: content,
    BAYAN_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=${HEAP_MIB}`,
  };
  const check = spawnSync(process.execPath, ['scripts/check-content.ts'], { env, encoding: 'utf8' });
  if (check.status !== 0) throw new Error(check.stderr);
  // GNU time reports wall seconds and the peak resident memory of the build and its children.
  const build = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %M', process.execPath, ...BUILD_FLAGS, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist],
    { env, encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  // A kept folder keeps the build's log too: the index's threads and steps are read from it afterwards.
  if (process.env['KEEP']) writeFileSync(join(work, 'build.log'), `${build.stdout}\n${build.stderr}`);
  if (build.status !== 0) throw new Error(build.stderr.slice(-2000));
  const [seconds, peakKb] = build.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number];
  const cells = await measure(browser, work, n);
  rows.push(`| ${n} | ${seconds.toFixed(1)} | ${(seconds / n).toFixed(3)} | ${Math.round(peakKb / 1024)} | ${cells} |`);
  console.log(rows.at(-1));
  if (process.env['KEEP']) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
await browser.close();
console.log(
  '\n| readouts | build (s) | s per readout | peak memory (MiB) | dist/ (MiB) | files | files per readout | index (MiB) | first search "BRICS" (KiB) | typed → results (ms) | load average after the build (1, 15 min) |\n|---|---|---|---|---|---|---|---|---|---|---|',
);
for (const row of rows) console.log(row);
