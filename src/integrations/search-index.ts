/**
 * Astro integration: after every build, index the readouts for search (src/lib/search/build/index.ts),
 * keeping each readout's parts in Astro's cacheDir between builds.
 *
 * The hook starts the index in a worker thread and returns: the worker reads the exports and makes the records,
 * with a thread a core for the shards when more than one is to be indexed again (BAYAN_SEARCH_THREADS sets
 * another number), each feeding its own Pagefind process, while the passes after it (the sitemap, src/integrations/page-pass.ts) read and write the pages on
 * the main thread. Whatever reads
 * the index's files waits for `searchIndexed()` first; page-pass.ts does, so a failed index fails the build.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { markdownInputsDigest } from '../lib/markdown/inputs.ts';
import type { IndexStats } from '../lib/search/build/index.ts';
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

export default function searchIndex(): AstroIntegration {
  let cacheDir: string | undefined;
  let root: URL;
  return {
    name: 'bayan-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        root = config.root;
      },
      'astro:build:done': ({ dir, logger }) => {
        indexing = indexInBackground(root, fileURLToPath(dir), cacheDir, logger);
        // Handled here so Node does not stop at the rejection; searchIndexed() still rejects for those waiting.
        indexing.catch(() => {});
      },
    },
  };
}

/** The index of `dist`, built in a worker thread (src/lib/search/build/worker.ts). */
function buildInWorker(root: URL, dist: string, cacheDir: string | undefined): Promise<IndexStats> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('src/lib/search/build/worker.ts', root), {
      workerData: { dist, cacheDir, salt: searchSalt() },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The search index's worker stopped (exit code ${code}).`)));
  });
}

async function indexInBackground(
  root: URL,
  dist: string,
  cacheDir: string | undefined,
  logger: AstroIntegrationLogger,
) {
  const start = performance.now();
  const stats = await buildInWorker(root, dist, cacheDir);
  logger.info(
    `Indexed ${stats.paragraphs} paragraphs of ${stats.readouts} readouts for search in ${Math.round(performance.now() - start)} ms (${stats.files} files in pagefind/, ${stats.shards} shard(s) on ${stats.groups} thread(s), ${stats.reindexed} indexed again; ${stats.reused} readouts' parts reused; ${stats.measured} counted by an unpadded pass).`,
  );
  logger.info(
    `Search index steps (ms): ${Object.entries(stats.timings)
      .map(([step, ms]) => `${step} ${ms}`)
      .join(', ')}.`,
  );
}
