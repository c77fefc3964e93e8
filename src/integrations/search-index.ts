/**
 * Astro integration: the readouts indexed for search in every build (src/lib/search/build/index.ts),
 * keeping each readout's parts in Astro's cacheDir between builds.
 *
 * The index is built in a worker thread (src/lib/search/build/worker.ts), which starts its own threads
 * for groups of shards, each feeding its own Pagefind process. It begins when the build does, right
 * after Astro's content sync: the exports' texts are made from the content store
 * (src/lib/search/build/store-exports.ts), so the index is made beside Vite's bundle and the render, on
 * the core they leave idle in a rebuild. When the build is done, the JSON exports it wrote are compared
 * with the texts the index was made from; if any differs (or the store could not be read), the index
 * is made again from dist/. Whatever reads the index's files waits for `searchIndexed()` first;
 * page-pass.ts does, so a failed index fails the build.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { markdownInputsDigest } from '../lib/markdown/inputs.ts';
import type { IndexStats } from '../lib/search/build/index.ts';
import type { IndexDone, IndexTask } from '../lib/search/build/worker.ts';
import { differingExport } from '../lib/search/build/store-exports.ts';
import { keepsShards } from '../lib/search/build/cache.ts';
import { LEXICON_FILE } from '../lib/words/files.ts';

/** What a readout's cached search parts depend on besides its export (and its word file): the glossary and src/lib/ (one digest), Pagefind and the lexicon. */
function searchSalt(): string {
  const pagefind = JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string };
  // Each paragraph is also found by its words' lemmas (search/build/records.ts): the lexicon is an input.
  const lexicon = existsSync(LEXICON_FILE) ? createHash('sha256').update(readFileSync(LEXICON_FILE)).digest('hex') : '';
  return `${markdownInputsDigest()}:pagefind@${pagefind.version}:lexicon@${lexicon}`;
}

let indexing: Promise<void> | undefined;

/** Resolves when this build's search index is written (at once outside a build); rejects if it failed. */
export const searchIndexed = (): Promise<void> => indexing ?? Promise.resolve();

/** Where Astro keeps the content store between builds, for a build (astro/dist/content/paths.js). */
const STORE_FILE = 'data-store.json';

export default function searchIndex(): AstroIntegration {
  let cacheDir: string | undefined;
  let root: URL;
  let dist: string;
  let site: string | undefined;
  let base: string;
  let early: { started: number; done: Promise<IndexDone> } | undefined;
  return {
    name: 'bayan-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        root = config.root;
        dist = fileURLToPath(config.outDir);
        site = config.site;
        base = config.base;
      },
      // After the content sync, before the bundle and the render.
      'astro:build:start': () => {
        if (!cacheDir || !site) return;
        const file = join(cacheDir, STORE_FILE);
        // A first build (no shard kept) indexes every shard, and after the render (worker.ts says why): the
        // store, tens of megabytes at 1,000 readouts, is not read to learn it.
        if (!existsSync(file) || !keepsShards(cacheDir)) return;
        const done = buildInWorker(root, { dist, cacheDir, salt: searchSalt(), store: { file, site, base } });
        // Handled when the build is done; until then Node must not stop at a rejection.
        done.catch(() => {});
        early = { started: performance.now(), done };
      },
      'astro:build:done': ({ dir, logger }) => {
        indexing = indexAfterBuild(root, fileURLToPath(dir), cacheDir, early, logger);
        early = undefined;
        // Handled here so Node does not stop at the rejection; searchIndexed() still rejects for those waiting.
        indexing.catch(() => {});
      },
    },
  };
}

/** The index made by a worker thread (src/lib/search/build/worker.ts). */
function buildInWorker(root: URL, task: IndexTask): Promise<IndexDone> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('src/lib/search/build/worker.ts', root), { workerData: task });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The search index's worker stopped (exit code ${code}).`)));
  });
}

/**
 * The index begun with the build, if its exports are those the build wrote; otherwise (or if it was not
 * begun, or failed) the index made from dist/'s exports.
 */
async function indexAfterBuild(
  root: URL,
  dist: string,
  cacheDir: string | undefined,
  early: { started: number; done: Promise<IndexDone> } | undefined,
  logger: AstroIntegrationLogger,
) {
  const renderEnd = performance.now();
  if (early) {
    const outcome = await early.done.catch((error: unknown) => ({
      failed: error instanceof Error ? error.message : String(error),
    }));
    if ('deferred' in outcome)
      logger.info(`The search index waited for the render: ${outcome.deferred} of its shards are to be indexed again.`);
    else if ('failed' in outcome)
      logger.warn(
        `The search index could not begin from Astro's content store, and is made from dist/: ${outcome.failed}.`,
      );
    else {
      const differing = outcome.digests ? differingExport(dist, outcome.digests) : 'it made no exports';
      if (differing === undefined) {
        const waited = Math.max(0, Math.round(performance.now() - renderEnd));
        report(
          outcome.stats,
          early.started,
          `begun with the build, from Astro's content store; ${waited} ms after the render`,
          logger,
        );
        return;
      }
      logger.warn(`The search index begun from Astro's content store is made again from dist/: ${differing}.`);
    }
  }
  const start = performance.now();
  const done = await buildInWorker(root, { dist, cacheDir, salt: searchSalt() });
  if ('stats' in done) report(done.stats, start, 'from dist/', logger);
}

function report(stats: IndexStats, start: number, how: string, logger: AstroIntegrationLogger) {
  logger.info(
    `Indexed ${stats.paragraphs} paragraphs of ${stats.readouts} readouts for search in ${Math.round(performance.now() - start)} ms, ${how} (${stats.files} files in pagefind/, ${stats.shards} shard(s) on ${stats.groups} thread(s), ${stats.reindexed} indexed again; ${stats.reused} readouts' parts reused; ${stats.measured} counted by an unpadded pass).`,
  );
  logger.info(
    `Search index steps (ms): ${Object.entries(stats.timings)
      .map(([step, ms]) => `${step} ${ms}`)
      .join(', ')}.`,
  );
}
