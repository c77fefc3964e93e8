/**
 * `npm run bench:incremental` (SIZES=1000 by default; e.g. SIZES=100): how long Bayan takes to
 * rebuild after one readout is added, edited or removed, with the incremental build
 * (docs/deploying.md), and proof that the result is the site a build from scratch makes.
 *
 * For each N: N synthetic readouts (bench/synthetic.ts) are built cold into A (its own cache).
 * Then, one step after another, a readout is added, one gloss line of another edited, and a third
 * removed; after each step A is rebuilt (timed: the content check, then `astro build`) and the
 * same content is built from scratch into B with a fresh cache; scripts/compare-dist.ts must find
 * A and B identical (apart from the TMX creation dates). Run on one day (the citations' access date).
 * COMPARE=last builds from scratch and compares after the last step only (at 1,000 readouts each
 * build from scratch takes minutes); COMPARE=none skips them (timings only).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareDirs } from '../scripts/compare-dist.ts';
import { editGloss, synthetic, syntheticFile, writeSynthetic } from './synthetic.ts';

const SIZES = (process.env['SIZES'] ?? '1000').split(',').map(Number);
const COMPARE = process.env['COMPARE'] ?? 'all';

interface Build {
  seconds: number;
  check: number;
  rendered: number;
  reused: number;
  search: number;
  /** The 1-minute load average when it ended: the builds are timed beside whatever else runs. */
  load: number;
}

/** The content check and `astro build` of `content` into `dist` with `cache`; seconds and what the log says. */
function build(content: string, dist: string, cache: string, log: string): Build {
  const env = { ...process.env, BAYAN_READOUTS_DIR: content, BAYAN_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' };
  const start = performance.now();
  const check = spawnSync(process.execPath, ['scripts/check-content.ts'], { env, encoding: 'utf8' });
  if (check.status !== 0) throw new Error(check.stderr);
  const checked = performance.now();
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const end = performance.now();
  writeFileSync(log, run.stdout + run.stderr);
  if (run.status !== 0) throw new Error(run.stderr.slice(-2000) || run.stdout.slice(-2000));
  // eslint-disable-next-line no-control-regex
  const out = run.stdout.replace(/\x1b\[[0-9;]*m/g, '');
  return {
    seconds: (end - start) / 1000,
    check: (checked - start) / 1000,
    rendered: (out.match(/ \(\+\d+(?:\.\d+)?m?s\)/g) ?? []).length,
    reused: (out.match(/\((?:cached|restored)\)/g) ?? []).length,
    search: Number(/for search in (\d+) ms/.exec(out)?.[1] ?? NaN) / 1000,
    load: loadavg()[0]!,
  };
}

const rows: string[] = [];
for (const n of SIZES) {
  const work = mkdtempSync(join(tmpdir(), `bayan-incremental-${n}-`));
  const content = join(work, 'readouts');
  mkdirSync(content);
  writeSynthetic(content, n);
  const a = { dist: join(work, 'a'), cache: join(work, 'a-cache') };
  const row = (step: string, b: Build, full?: Build, same?: string) =>
    `| ${n} | ${step} | ${b.seconds.toFixed(1)} | ${b.check.toFixed(1)} | ${b.search.toFixed(1)} | ${b.rendered} | ${b.reused} | ${full ? full.seconds.toFixed(1) : '—'} | ${same ?? '—'} | ${b.load.toFixed(1)} |`;
  const report = (line: string) => {
    rows.push(line);
    console.log(line);
  };
  report(row('cold', build(content, a.dist, a.cache, join(work, 'cold.log'))));

  const steps: [string, () => void][] = [
    ['add one', () => writeFileSync(join(content, syntheticFile(n + 1)), synthetic(n + 1))],
    [
      'edit one (a gloss line)',
      () => {
        const file = join(content, syntheticFile(Math.ceil(n / 2)));
        writeFileSync(file, editGloss(readFileSync(file, 'utf8')));
      },
    ],
    ['remove one', () => unlinkSync(join(content, syntheticFile(1)))],
  ];
  for (const [i, [step, change]] of steps.entries()) {
    change();
    const incremental = build(content, a.dist, a.cache, join(work, `step-${i}.log`));
    if (COMPARE === 'none' || (COMPARE === 'last' && i < steps.length - 1)) {
      report(row(step, incremental));
      continue;
    }
    const b = { dist: join(work, `b-${i}`), cache: join(work, `b-${i}-cache`) };
    const full = build(content, b.dist, b.cache, join(work, `step-${i}-full.log`));
    const { onlyInA, onlyInB, differ, same } = compareDirs(a.dist, b.dist);
    const problems = [...onlyInA.map((f) => `only incremental: ${f}`), ...onlyInB.map((f) => `only full: ${f}`)];
    problems.push(...differ.map((f) => `differs: ${f}`));
    for (const problem of problems.slice(0, 20)) console.error(`  ${problem}`);
    report(
      row(step, incremental, full, problems.length ? `**${problems.length} differ**` : `identical (${same} files)`),
    );
    rmSync(b.dist, { recursive: true, force: true });
    rmSync(b.cache, { recursive: true, force: true });
    if (problems.length) process.exitCode = 1;
  }
  if (process.env['KEEP']) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(
  '\n| readouts | step | build (s) | of which content check (s) | search index (s) | paths rendered | paths reused | full build (s) | incremental vs full | load average |\n|---|---|---|---|---|---|---|---|---|---|',
);
for (const row of rows) console.log(row);
