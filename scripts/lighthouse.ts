/**
 * `npm run check:lighthouse`: Lighthouse (mobile preset, Debian's Chromium)
 * on the home page, the reading page, a term page (in English and in Arabic) and the search page of the
 * built site. Prints the scores and fails below the thresholds or on any
 * layout shift. `--runs 3` scores each page three times and keeps the median run (what
 * docs/lighthouse.md records, with `--write docs/lighthouse.md`).
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from '../bench/lib.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';
import { lighthouseFlags } from './lighthouse-flags.ts';

const PAGES = {
  home: '/',
  reading: '/readouts/xi-putin-2021-12-15/',
  term: '/terms/brics/',
  search: '/search/?q=BRICS',
  'reading, Arabic': '/ar/readouts/xi-putin-2021-12-15/',
  'term, Arabic': '/ar/terms/brics/',
  'search, Arabic': `/ar/search/?q=${encodeURIComponent('بريكس')}`,
};
/** Accessibility, best practices and SEO must be perfect; performance depends on the machine's load. */
const MINIMUM = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 } as const;

const server = await serve('dist', 4396);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS });

async function run(url: string) {
  const result = await lighthouse(url, lighthouseFlags(chrome.port));
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return result.lhr;
}

const performanceOf = (lhr: Awaited<ReturnType<typeof run>>) => lhr.categories['performance']?.score ?? 0;

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
/** Runs per page (--runs N); the median run counts. */
const RUNS = Math.max(1, Number(option('runs') ?? 1));

/**
 * The median of RUNS runs; in CI one run, or the median of three when it falls short of the performance
 * threshold on an idle machine. On a busy one a shortfall is reported, not failed (busy, below), so the
 * two more runs would decide nothing.
 */
async function audit(url: string) {
  const runs = [await run(url)];
  const retry = performanceOf(runs[0]!) < MINIMUM.performance && !busy() && !slowed(runs[0]!);
  while (runs.length < (retry ? Math.max(RUNS, 3) : RUNS)) runs.push(await run(url));
  if (runs.length === 1) return runs[0]!;
  runs.sort((a, b) => performanceOf(a) - performanceOf(b));
  console.log(
    `${url}: performance ${runs.map(performanceOf).join(', ')} (benchmark index ${runs.map(benchmarkOf).join(', ')}); the median counts.`,
  );
  scoresOf.set(url, runs.map(performanceOf));
  return runs[Math.floor(runs.length / 2)]!;
}

/**
 * Whether other work is competing for the CPU (load average above the number of cores). The
 * performance score times the page's scripts on this machine, so on a busy one it measures the
 * neighbours: there a shortfall is reported, not failed, while everything that does not depend on the
 * machine's load (the other categories, layout shift, simulated LCP, the byte budgets of the browser
 * tests) still gates. Idle figures are recorded in docs/performance.md.
 */
const busy = () => loadavg()[0]! > availableParallelism();

/**
 * Lighthouse times a short JavaScript loop before each run (its benchmark index). Idle, this 2-core
 * machine scores about 2,450, and the reading page 0.99-1. With the load average under 1 it once scored
 * 1,425, and the reading page 0.97 in that run (a check minutes before had given it 0.92 three times):
 * what slowed the CPU was outside this machine's view. Below FULL_SPEED a run measured a slowed CPU, so
 * its performance score is reported, not failed, as on a busy machine.
 */
const FULL_SPEED = 2000;
const benchmarkOf = (lhr: { environment: { benchmarkIndex: number } }) => Math.round(lhr.environment.benchmarkIndex);
const slowed = (lhr: { environment: { benchmarkIndex: number } }) => benchmarkOf(lhr) < FULL_SPEED;
/** Lighthouse's own line between "needs improvement" and "poor" for LCP on mobile. */
const MAX_LCP_MS = 4000;

type Report = Awaited<ReturnType<typeof run>>;
const clsOf = (lhr: Report) => Number(lhr.audits['cumulative-layout-shift']?.numericValue ?? 1);
/** The elements Lighthouse saw move, for the message. */
const shiftCulprits = (lhr: Report) =>
  (
    (lhr.audits['layout-shifts']?.details as { items?: { score?: number; node?: { selector?: string } }[] } | undefined)
      ?.items ?? []
  )
    .map((item) => `${item.node?.selector ?? '?'} ${item.score ?? ''}`)
    .join('; ') || 'no culprit named';

/**
 * A layout shift seen on a busy or slowed machine is audited twice more: under heavy load the Arabic
 * reading page once shifted in one run and in none of the runs after it (docs/testing.md). A shift the
 * page really has shows in every run and still fails; one that only a starved CPU produced is reported,
 * not failed, as the performance score is. An idle machine always gates.
 */
async function shiftOnlyWhenSlowed(url: string, first: Report, name: string, cls: number): Promise<boolean> {
  if (!busy() && !slowed(first)) return false;
  for (let i = 0; i < 2; i++) {
    const again = await run(url);
    if (clsOf(again) === 0) {
      console.warn(
        `${name}: cumulative layout shift ${cls} (${shiftCulprits(first)}) on a busy or slowed machine (load ${load()}, benchmark index ${benchmarkOf(first)}), none when run again: not failed.`,
      );
      return true;
    }
  }
  return false;
}

/** Each page's performance scores, lowest first, when it ran more than once. */
const scoresOf = new Map<string, number[]>();
/** The machine's load average (1 minute) before and after, written with the table: the score depends on it. */
const load = () => loadavg()[0]!.toFixed(1);
const loadBefore = load();
const rows: string[] = [];
const failures: string[] = [];
try {
  for (const [name, path] of Object.entries(PAGES)) {
    const median = await audit(`${server.url}${path}`);
    const { categories, audits } = median;
    const score = (id: keyof typeof MINIMUM) => categories[id]?.score ?? 0;
    const cls = Number(audits['cumulative-layout-shift']?.numericValue ?? 1);
    const lcp = Number(audits['largest-contentful-paint']?.numericValue ?? 0);
    const tbt = Number(audits['total-blocking-time']?.numericValue ?? 0);
    rows.push(
      `| ${name} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${cls} | ${(lcp / 1000).toFixed(2)} s | ${Math.round(tbt)} ms | ${benchmarkOf(median)} |`,
    );
    for (const id of Object.keys(MINIMUM) as (keyof typeof MINIMUM)[]) {
      if (score(id) < MINIMUM[id]) {
        const failing = Object.values(audits)
          .filter(
            (a) =>
              a.score !== null &&
              a.score < 1 &&
              a.scoreDisplayMode !== 'informative' &&
              a.scoreDisplayMode !== 'notApplicable' &&
              a.scoreDisplayMode !== 'manual',
          )
          .map((a) => a.id);
        const message = `${name}: ${id} ${score(id)} < ${MINIMUM[id]} (audits below 1: ${failing.slice(0, 8).join(', ')})`;
        if (id === 'performance' && busy())
          console.warn(
            `${message}: not failed, the machine is busy (load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores).`,
          );
        else if (id === 'performance' && slowed(median))
          console.warn(
            `${message}: not failed, the CPU ran slowed (benchmark index ${benchmarkOf(median)}, under ${FULL_SPEED}).`,
          );
        else failures.push(message);
      }
    }
    if (cls !== 0 && !(await shiftOnlyWhenSlowed(`${server.url}${path}`, median, name, cls)))
      failures.push(`${name}: cumulative layout shift ${cls}, not 0 (${shiftCulprits(median)})`);
    if (lcp > MAX_LCP_MS)
      failures.push(`${name}: largest contentful paint ${(lcp / 1000).toFixed(2)} s, over ${MAX_LCP_MS / 1000} s`);
  }
} finally {
  await chrome.kill();
  server.stop();
}
const table = [
  '| page | performance | accessibility | best practices | SEO | CLS | LCP | TBT | benchmark index |',
  '|---|---|---|---|---|---|---|---|---|',
  ...rows,
].join('\n');
console.log(table);
const write = option('write');
if (write) {
  const scores = [...scoresOf]
    .map(([url, s]) => `- ${decodeURIComponent(new URL(url).pathname + new URL(url).search)}: ${s.join(', ')}`)
    .join('\n');
  writeFileSync(
    write,
    `# Lighthouse\n\nMobile preset (simulated throttling), Debian's Chromium, the built site served by scripts/serve.ts (gzip, as a static host sends it).\nCommand: \`npm run build && npm run check:lighthouse -- --runs ${RUNS} --write docs/lighthouse.md\`, on ${new Date().toISOString().slice(0, 10)}: each row is the median of ${RUNS} run${RUNS > 1 ? 's' : ''}. Load average of the ${availableParallelism()}-core machine: ${loadBefore} before, ${load()} after.\n\n${table}\n${scores ? `\nPerformance in each run, lowest first:\n${scores}\n` : ''}`,
  );
}
for (const f of failures) console.error(f);
console.log(
  failures.length
    ? `${failures.length} Lighthouse check(s) failed.`
    : 'Lighthouse: every page within its thresholds, no layout shift.',
);
process.exit(failures.length ? 1 : 0);
