/** Astro integration: after every build, index the readouts for search (src/lib/search/build/index.ts). */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadGlossary } from '../lib/glossary/load.ts';
import { buildSearchIndex } from '../lib/search/build/index.ts';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'bayan-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const stats = await buildSearchIndex(fileURLToPath(dir), loadGlossary());
        logger.info(
          `Indexed ${stats.paragraphs} paragraphs of ${stats.readouts} readouts for search in ${Math.round(performance.now() - start)} ms (${stats.files} files in pagefind/).`,
        );
      },
    },
  };
}
