/**
 * `npm run bench:site`: build time (median of RUNS=5 builds, with min and max) and what a first view
 * of each page type downloads, by type, raw and gzip-compressed (as a static
 * host would serve it; fonts are already compressed).
 */
import { spawnSync } from 'node:child_process';
import { gzipSize, kib, launchChromium, RUNS, serve, spread, transferSize } from './lib.ts';

const PAGES = { home: '/', reading: '/readouts/xi-putin-2021-12-15/' };

const npm = process.env['npm_execpath'];
if (!npm) throw new Error('Run through npm: npm run bench:site');
const seconds: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  const build = spawnSync(process.execPath, [npm, 'run', '-s', 'build'], { stdio: 'ignore' });
  if (build.status !== 0) throw new Error('build failed');
  seconds.push((performance.now() - start) / 1000);
}
console.log(
  `Build (content check + astro build), median (min–max) of ${RUNS}: ${spread(seconds.map((s) => s * 1000))} ms`,
);

const server = await serve();
const browser = await launchChromium();
try {
  console.log('\n| page | request | type | raw KiB | gzip KiB |\n|---|---|---|---|---|');
  for (const [name, path] of Object.entries(PAGES)) {
    const page = await browser.newPage();
    const responses: { url: string; type: string; raw: number; gz: number }[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      const type = response.request().resourceType();
      const gz = transferSize(response.url(), body);
      responses.push({ url: new URL(response.url()).pathname, type, raw: body.length, gz });
    });
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const inlineJs = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
    );
    for (const r of responses) console.log(`| ${name} | ${r.url} | ${r.type} | ${kib(r.raw)} | ${kib(r.gz)} |`);
    const total = responses.reduce((sum, r) => sum + r.gz, 0);
    console.log(
      `| ${name} | (inline JavaScript, in the HTML) | script | ${kib(inlineJs.length)} | ${kib(gzipSize(inlineJs))} |`,
    );
    console.log(
      `| **${name}** | **total first view** | | ${kib(responses.reduce((s, r) => s + r.raw, 0))} | **${kib(total)}** |`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}
