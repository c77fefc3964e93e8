/**
 * `npm run bench:starlight` (after `npm run build`): Bayan beside an Astro
 * Starlight site holding the same readout, in one run. The Starlight site is
 * built in a temporary folder from the npm registry and never committed. Each
 * paragraph becomes an h2 section with the Arabic (lang="ar" dir="rtl") and the
 * English gloss; search is Starlight's own Pagefind UI.
 *
 * Reported for each site, cold in Chromium: first-view bytes of the readout page
 * (gzip as served), JavaScript bytes, bytes of a first search for "BRICS" and
 * whether its results link to the paragraph; then Lighthouse (mobile) scores.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium.ts';
import { kib, launchChromium, serve } from './lib.ts';

const astroVersion = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).version as string;
const work = mkdtempSync(join(tmpdir(), 'bayan-starlight-'));
console.log(`Building the Starlight site in ${work}`);

// The readout as a Starlight page.
const source = readFileSync('content/readouts/xi-putin-2021-12-15.md', 'utf8');
const body = source.slice(source.indexOf('\n---\n', 4) + 5);
const blocks = body.split(/\n:::\n/).map((b) => b.trim()).filter(Boolean);
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
writeFileSync(join(work, 'src/content/docs/index.md'), `---\ntitle: Xi Jinping holds a virtual meeting with Vladimir Putin\n---\n\n${sections.join('\n')}`);
writeFileSync(join(work, 'src/content.config.ts'), `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`);
writeFileSync(join(work, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Readout' })] });\n`);
writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'starlight-peer', private: true, type: 'module', dependencies: { astro: astroVersion, '@astrojs/starlight': '^0.42', sharp: '^0.34' } }, null, 2));
const run = (cmd: string, args: string[]) => {
  const result = spawnSync(cmd, args, { cwd: work, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${result.stderr.slice(-3000)}`);
};
run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']);

const PRECOMPRESSED = /\.(pf_\w+|pagefind|woff2)$/;
async function measure(page: Page, url: string, search: () => Promise<void>, results: string) {
  let bytes = 0;
  let js = 0;
  let fonts = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (r) =>
    pending.push(
      r.body().then((body) => {
        const size = PRECOMPRESSED.test(new URL(r.url()).pathname) ? body.length : gzipSync(body).length;
        bytes += size;
        if (r.request().resourceType() === 'script') js += size;
        if (r.request().resourceType() === 'font') fonts += size;
      }, () => undefined),
    ),
  );
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  await Promise.all(pending.splice(0));
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent).join(''));
  const firstView = bytes;
  const firstViewFonts = fonts;
  const firstViewJs = js + gzipSync(inline).length;
  bytes = 0;
  const start = Date.now();
  await search();
  const searchMs = Date.now() - start;
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  // Links in the search results that land on one paragraph (Bayan: #p-N; Starlight: a paragraph's heading).
  const links = await page.locator(results).evaluateAll((as) => as.filter((a) => /#(p-\d+|paragraph-\d+)$/.test(a.getAttribute('href') ?? '')).length);
  return { firstView, firstViewFonts, firstViewJs, search: bytes, searchMs, paragraphLinks: links };
}

async function scores(url: string) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const c = result!.lhr.categories;
    return ['performance', 'accessibility', 'best-practices', 'seo'].map((k) => c[k]?.score ?? 0).join(' / ');
  } finally {
    await chrome.kill();
  }
}

const bayan = await serve('dist', 4394);
const peer = await serve(join(work, 'dist'), 4395);
const browser = await launchChromium();
try {
  const bayanPage = await browser.newPage();
  const b = await measure(bayanPage, `${bayan.url}/readouts/xi-putin-2021-12-15/`, async () => {
    await bayanPage.getByRole('combobox', { name: 'Search the readouts' }).fill('BRICS');
    await bayanPage.locator('[data-site-search-list][data-query="BRICS"] [role="option"]').first().waitFor();
  }, '[data-site-search-list] a');
  const peerPage = await browser.newPage();
  const s = await measure(peerPage, `${peer.url}/`, async () => {
    await peerPage.locator('button[data-open-modal]').first().click();
    await peerPage.locator('.pagefind-ui__search-input').first().fill('BRICS');
    await peerPage.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
  }, '.pagefind-ui__result a');
  const [bayanScores, peerScores] = [await scores(`${bayan.url}/readouts/xi-putin-2021-12-15/`), await scores(`${peer.url}/`)];
  const ratio = (x: number, y: number) => (x / y).toFixed(2);
  console.log('\n| measure | Bayan | Starlight | Bayan ÷ Starlight |\n|---|---|---|---|');
  console.log(`| first view of the readout page (KiB, gzip) | ${kib(b.firstView)} | ${kib(s.firstView)} | ${ratio(b.firstView, s.firstView)} |`);
  console.log(`| the same without web fonts (KiB) | ${kib(b.firstView - b.firstViewFonts)} | ${kib(s.firstView - s.firstViewFonts)} | ${ratio(b.firstView - b.firstViewFonts, s.firstView - s.firstViewFonts)} |`);
  console.log(`| of which JavaScript (KiB) | ${kib(b.firstViewJs)} | ${kib(s.firstViewJs)} | ${ratio(b.firstViewJs, s.firstViewJs)} |`);
  console.log(`| first search "BRICS" (KiB) | ${kib(b.search)} | ${kib(s.search)} | ${ratio(b.search, s.search)} |`);
  console.log(`| first search: typed → results shown (ms) | ${b.searchMs} | ${s.searchMs} | ${ratio(b.searchMs, s.searchMs)} |`);
  console.log(`| search results linking to a paragraph | ${b.paragraphLinks} | ${s.paragraphLinks} | |`);
  console.log(`| Lighthouse mobile (perf / a11y / best practices / SEO) | ${bayanScores} | ${peerScores} | |`);
} finally {
  await browser.close();
  bayan.stop();
  peer.stop();
}
