/**
 * `npm run bench:starlight` (after `npm run build`): Bayan beside an Astro
 * Starlight site holding the same readout, in one run. The Starlight site is
 * built in a temporary folder from the npm registry and never committed. Each
 * paragraph becomes an h2 section with the Arabic (lang="ar" dir="rtl") and the
 * English gloss; search is Starlight's own Pagefind UI.
 *
 * Reported for each site, cold in Chromium, as medians of RUNS=5 visits with the
 * two sites alternating: first-view bytes of the readout page (gzip -9 as a host
 * sends it), JavaScript bytes, bytes of a first search for "BRICS", the time from
 * focusing the box and typing the word at once to results (with min and max, and
 * how much of it was fetching), whether results link to the paragraph; and
 * Lighthouse's mobile performance score of the readout page, with the settings of
 * `npm run check:lighthouse`. Both sites run Pagefind in a web worker (Bayan in its
 * own, Starlight in Pagefind's), so WebAssembly compiles off the page's main thread.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium.ts';
import { lighthouseFlags } from '../scripts/lighthouse-flags.ts';
import { gzipSize, kib, launchChromium, median, RUNS, serve, spread, transferSize } from './lib.ts';

const astroVersion = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).version as string;
const work = mkdtempSync(join(tmpdir(), 'bayan-starlight-'));
console.log(`Building the Starlight site in ${work}`);

// The readout as a Starlight page.
const source = readFileSync('content/readouts/xi-putin-2021-12-15.md', 'utf8');
const body = source.slice(source.indexOf('\n---\n', 4) + 5);
const blocks = body
  .split(/\n:::\n/)
  .map((b) => b.trim())
  .filter(Boolean);
const sections = blocks.map((block, i) => {
  const [arabic, gloss] = block.split(/\n\n:::gloss\{[^}]*\}\n/);
  const english = (gloss ?? '')
    .split('\n')
    .filter((line) => !line.startsWith('::'))
    .join('\n')
    .replace(/:(?:term|ar)\[([^\]]*)\](?:\{[^}]*\})?/g, '$1')
    .trim();
  return `## Paragraph ${i + 1}\n\n<div lang="ar" dir="rtl">\n\n${arabic!.trim()}\n\n</div>\n\n${english}\n`;
});
mkdirSync(join(work, 'src/content/docs'), { recursive: true });
writeFileSync(
  join(work, 'src/content/docs/index.md'),
  `---\ntitle: Xi Jinping holds a virtual meeting with Vladimir Putin\n---\n\n${sections.join('\n')}`,
);
writeFileSync(
  join(work, 'src/content.config.ts'),
  `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
);
writeFileSync(
  join(work, 'astro.config.mjs'),
  `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Readout' })] });\n`,
);
writeFileSync(
  join(work, 'package.json'),
  JSON.stringify(
    {
      name: 'starlight-peer',
      private: true,
      type: 'module',
      dependencies: { astro: astroVersion, '@astrojs/starlight': '^0.42', sharp: '^0.34' },
    },
    null,
    2,
  ),
);
const run = (cmd: string, args: string[]) => {
  const result = spawnSync(cmd, args, {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${result.stderr.slice(-3000)}`);
};
run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']);

/** What one cold visit costs: the first view, then a first search typed at once into the focused box. */
async function measure(page: Page, url: string, search: () => Promise<void>, results: string) {
  let bytes = 0;
  let js = 0;
  let fonts = 0;
  let notes = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (r) =>
    pending.push(
      r.body().then(
        (body) => {
          const size = transferSize(r.url(), body);
          // Bayan's term notes load on the reader's first touch (here, focusing the box), for the marks, not the search.
          if (r.url().endsWith('/term-cards.json')) return void (notes += size);
          bytes += size;
          if (r.request().resourceType() === 'script') js += size;
          if (r.request().resourceType() === 'font') fonts += size;
        },
        () => undefined,
      ),
    ),
  );
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  await Promise.all(pending.splice(0));
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent).join(''),
  );
  const firstView = bytes;
  const firstViewFonts = fonts;
  const firstViewJs = js + gzipSize(inline);
  bytes = 0;
  const t0 = await page.evaluate(() => performance.now());
  await search();
  const t1 = await page.evaluate(() => performance.now());
  // Where the time went: the network (from the first request of the search to the last one that
  // ended before the results), and the rest (starting the worker, compiling WebAssembly there,
  // Pagefind's search, Bayan's ranking, drawing).
  const fetching = await page.evaluate(
    ([from, to]) => {
      const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (e) => e.startTime >= from && e.responseEnd <= to && !e.name.endsWith('/term-cards.json'),
      );
      return entries.length
        ? Math.max(...entries.map((e) => e.responseEnd)) - Math.min(...entries.map((e) => e.startTime))
        : 0;
    },
    [t0, t1] as const,
  );
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  // Links in the search results that land on one paragraph (Bayan: #p-N, or #p-N.s on its sentence; Starlight: a paragraph's heading).
  const links = await page
    .locator(results)
    .evaluateAll((as) => as.filter((a) => /#(p-\d+(\.\d+)?|paragraph-\d+)$/.test(a.getAttribute('href') ?? '')).length);
  return {
    firstView,
    firstViewFonts,
    firstViewJs,
    search: bytes,
    notes,
    searchMs: t1 - t0,
    fetching,
    paragraphLinks: links,
  };
}

async function performanceScore(url: string) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS });
  try {
    const result = await lighthouse(url, { ...lighthouseFlags(chrome.port), onlyCategories: ['performance'] });
    return result!.lhr.categories['performance']?.score ?? 0;
  } finally {
    await chrome.kill();
  }
}

const bayan = await serve('dist', 4394);
const peer = await serve(join(work, 'dist'), 4395);
const browser = await launchChromium();
type Visit = Awaited<ReturnType<typeof measure>>;
const visits: { bayan: Visit[]; starlight: Visit[] } = { bayan: [], starlight: [] };
const lighthouseRuns: { bayan: number[]; starlight: number[] } = { bayan: [], starlight: [] };
const visitBayan = async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const visit = await measure(
    page,
    `${bayan.url}/readouts/xi-putin-2021-12-15/`,
    async () => {
      const box = page.getByRole('combobox', { name: 'Search the readouts' });
      await box.focus();
      await page.keyboard.insertText('BRICS');
      await page.locator('[data-site-search-list][data-query="BRICS"] [role="option"]').first().waitFor();
    },
    '[data-site-search-list] a',
  );
  await context.close();
  return visit;
};
const visitStarlight = async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const visit = await measure(
    page,
    `${peer.url}/`,
    async () => {
      await page.locator('button[data-open-modal]').first().click();
      const box = page.locator('.pagefind-ui__search-input').first();
      await box.focus();
      await page.keyboard.insertText('BRICS');
      await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    },
    '.pagefind-ui__result a',
  );
  await context.close();
  return visit;
};
try {
  // Alternating, so that a slower minute of the machine falls on both sites alike.
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 ? (['starlight', 'bayan'] as const) : (['bayan', 'starlight'] as const);
    for (const site of order) visits[site].push(await (site === 'bayan' ? visitBayan() : visitStarlight()));
    for (const site of order)
      lighthouseRuns[site].push(
        await performanceScore(site === 'bayan' ? `${bayan.url}/readouts/xi-putin-2021-12-15/` : `${peer.url}/`),
      );
  }
  const m = (site: keyof typeof visits, key: keyof Visit) => median(visits[site].map((v) => v[key]));
  const all = (site: keyof typeof visits, key: keyof Visit) => visits[site].map((v) => v[key]);
  const ratio = (x: number, y: number) => (x / y).toFixed(2);
  const row = (label: string, b: number, s: number, show: (n: number) => string = kib) =>
    console.log(`| ${label} | ${show(b)} | ${show(s)} | ${ratio(b, s)} |`);
  console.log(
    `\nMedians of ${RUNS} cold visits per site, alternating; bytes as a host sends them (gzip -9; fonts, Pagefind's index and WebAssembly as they are).\n`,
  );
  console.log('| measure | Bayan | Starlight | Bayan ÷ Starlight |\n|---|---|---|---|');
  row('first view of the readout page (KiB)', m('bayan', 'firstView'), m('starlight', 'firstView'));
  row(
    'the same without web fonts (KiB)',
    m('bayan', 'firstView') - m('bayan', 'firstViewFonts'),
    m('starlight', 'firstView') - m('starlight', 'firstViewFonts'),
  );
  row('of which JavaScript (KiB)', m('bayan', 'firstViewJs'), m('starlight', 'firstViewJs'));
  row('first search "BRICS" (KiB)', m('bayan', 'search'), m('starlight', 'search'));
  console.log(`| Bayan's term notes, fetched on the first touch (KiB) | ${kib(m('bayan', 'notes'))} | | |`);
  console.log(
    `| first search, cold: box focused, word typed at once → results shown (ms) | ${spread(all('bayan', 'searchMs'))} | ${spread(all('starlight', 'searchMs'))} | ${ratio(m('bayan', 'searchMs'), m('starlight', 'searchMs'))} |`,
  );
  console.log(
    `| … of which fetching (first request to last response, ms) | ${spread(all('bayan', 'fetching'))} | ${spread(all('starlight', 'fetching'))} | |`,
  );
  console.log(
    `| search results linking to a paragraph | ${m('bayan', 'paragraphLinks')} | ${m('starlight', 'paragraphLinks')} | |`,
  );
  const scores = (runs: number[]) => `${median(runs)} (${Math.min(...runs)}–${Math.max(...runs)})`;
  console.log(
    `| Lighthouse mobile performance, readout page | ${scores(lighthouseRuns.bayan)} | ${scores(lighthouseRuns.starlight)} | |`,
  );
} finally {
  await browser.close();
  bayan.stop();
  peer.stop();
}
