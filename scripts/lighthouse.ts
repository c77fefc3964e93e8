/**
 * `npm run check:lighthouse`: Lighthouse (mobile preset, Debian's Chromium)
 * on the home page, the reading page, a term page and the search page of the
 * built site. Prints the scores and fails below the thresholds or on any
 * layout shift. `--write docs/lighthouse.md` records the table.
 */
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from '../bench/lib.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';

const PAGES = {
  home: '/',
  reading: '/readouts/xi-putin-2021-12-15/',
  term: '/terms/brics/',
  search: '/search/?q=BRICS',
};
/** Accessibility, best practices and SEO must be perfect; performance depends on the machine's load. */
const MINIMUM = { performance: 0.9, accessibility: 1, 'best-practices': 1, seo: 1 } as const;

const server = await serve('dist', 4396);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS });
const rows: string[] = [];
const failures: string[] = [];
try {
  for (const [name, path] of Object.entries(PAGES)) {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits } = result.lhr;
    const score = (id: keyof typeof MINIMUM) => categories[id]?.score ?? 0;
    const cls = Number(audits['cumulative-layout-shift']?.numericValue ?? 1);
    const lcp = Number(audits['largest-contentful-paint']?.numericValue ?? 0);
    const tbt = Number(audits['total-blocking-time']?.numericValue ?? 0);
    rows.push(`| ${name} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${cls} | ${(lcp / 1000).toFixed(2)} s | ${Math.round(tbt)} ms |`);
    for (const id of Object.keys(MINIMUM) as (keyof typeof MINIMUM)[]) {
      if (score(id) < MINIMUM[id]) {
        const failing = Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual').map((a) => a.id);
        failures.push(`${name}: ${id} ${score(id)} < ${MINIMUM[id]} (audits below 1: ${failing.slice(0, 8).join(', ')})`);
      }
    }
    if (cls !== 0) failures.push(`${name}: cumulative layout shift ${cls}, not 0`);
  }
} finally {
  await chrome.kill();
  server.stop();
}
const table = ['| page | performance | accessibility | best practices | SEO | CLS | LCP | TBT |', '|---|---|---|---|---|---|---|---|', ...rows].join('\n');
console.log(table);
const write = process.argv.indexOf('--write');
if (write > 0) {
  writeFileSync(process.argv[write + 1]!, `# Lighthouse\n\nMobile preset (simulated throttling), Debian's Chromium, the built site served by scripts/serve.ts.\nCommand: \`npm run build && npm run check:lighthouse -- --write docs/lighthouse.md\`, on ${new Date().toISOString().slice(0, 10)}.\n\n${table}\n`);
}
for (const f of failures) console.error(f);
console.log(failures.length ? `${failures.length} Lighthouse check(s) failed.` : 'Lighthouse: every page within its thresholds, no layout shift.');
process.exit(failures.length ? 1 : 0);
