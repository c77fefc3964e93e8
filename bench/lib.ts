/** Helpers shared by the benchmarks: a static server and a Chromium with the project's flags. */
import { spawn, type ChildProcess } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Serves a built site (scripts/serve.ts) until stop() is called. */
export async function serve(dir = 'dist', port = 4399): Promise<{ url: string; stop: () => void }> {
  const server: ChildProcess = spawn(process.execPath, ['scripts/serve.ts', '--dir', dir, '--port', String(port)], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => server.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`scripts/serve.ts did not answer on ${url}`);
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const kib = (bytes: number) => (bytes / 1024).toFixed(1);
/** "median (min–max)" of timings, rounded to whole units. */
export const spread = (values: number[]) =>
  `${Math.round(median(values))} (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`;

/** How many times every timing is taken (RUNS=…); the figures are medians. */
export const RUNS = Math.max(1, Number(process.env['RUNS'] ?? 5));

/** Pagefind's index and WebAssembly, and woff2 fonts, are compressed already; a host sends them as they are. */
const PRECOMPRESSED = /\.(pf_\w+|pagefind|woff2)$/;
/**
 * Bytes a static host sends for a file: gzip at level 9 (`gzip -9`), the one level every
 * benchmark and the budget test use, except for files that are compressed already.
 */
export function transferSize(url: string, body: Buffer | string): number {
  return PRECOMPRESSED.test(new URL(url, 'http://x').pathname) ? Buffer.byteLength(body) : gzipSize(body);
}
export const gzipSize = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

/** Numbers in [0, 1) from a fixed seed (mulberry32), so that runs of a benchmark agree. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * A first search from the home page of the site in `dist`: the header box focused, "BRICS" typed, until
 * the first option shows. The bytes fetched after the page settled (as transferred, gzip), and the
 * milliseconds from typing to the first option; BREAKDOWN=1 lists the largest files.
 */
export async function firstSearch(browser: Browser, dist: string, port: number) {
  const server = await serve(dist, port);
  const page = await browser.newPage();
  let bytes = 0;
  const pending: Promise<void>[] = [];
  const requested = new Map<string, number>();
  page.on('response', (r) =>
    pending.push(
      r.body().then(
        (b) => {
          const size = transferSize(r.url(), b);
          bytes += size;
          requested.set(new URL(r.url()).pathname, size);
        },
        () => undefined,
      ),
    ),
  );
  await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
  await Promise.all(pending.splice(0));
  bytes = 0;
  requested.clear();
  const box = page.getByRole('combobox', { name: 'Search the readouts' });
  await box.focus();
  const start = Date.now();
  await page.keyboard.type('BRICS');
  await page.locator('[data-site-search-list][data-query="BRICS"] [role="option"]').first().waitFor();
  const firstResults = Date.now() - start;
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await page.close();
  server.stop();
  if (process.env['BREAKDOWN'])
    for (const [file, size] of [...requested].sort((a, b) => b[1] - a[1]).slice(0, 12))
      console.log(`  ${kib(size)} KiB ${file}`);
  return { bytes, firstResults };
}
