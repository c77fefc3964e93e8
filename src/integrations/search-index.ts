/**
 * Astro integration: after every build, index the readouts for search (src/lib/search/build/index.ts),
 * keeping each readout's parts in Astro's cacheDir between builds.
 *
 * The hook starts the index and returns: Pagefind indexes in its own process, on the other core, while
 * the passes after it (the sitemap, src/integrations/page-pass.ts) read and write the pages. Whatever reads
 * the index's files waits for `searchIndexed()` first; page-pass.ts does, so a failed index fails the build.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadGlossary } from '../lib/glossary/load.ts';
import { markdownInputsDigest } from '../lib/markdown/inputs.ts';
import { buildSearchIndex } from '../lib/search/build/index.ts';
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
  return {
    name: 'bayan-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        indexing = indexInBackground(fileURLToPath(dir), cacheDir, logger);
        // Handled here so Node does not stop at the rejection; searchIndexed() still rejects for those waiting.
        indexing.catch(() => {});
      },
    },
  };
}

async function indexInBackground(dist: string, cacheDir: string | undefined, logger: AstroIntegrationLogger) {
  const start = performance.now();
  const stats = await buildSearchIndex(dist, loadGlossary(), { cacheDir, salt: searchSalt() });
  logger.info(
    `Indexed ${stats.paragraphs} paragraphs of ${stats.readouts} readouts for search in ${Math.round(performance.now() - start)} ms (${stats.files} files in pagefind/, ${stats.shards} shard(s), ${stats.reindexed} indexed again; ${stats.reused} readouts' parts reused).`,
  );
  logger.info(
    `Search index steps (ms): ${Object.entries(stats.timings)
      .map(([step, ms]) => `${step} ${ms}`)
      .join(', ')}.`,
  );
}
