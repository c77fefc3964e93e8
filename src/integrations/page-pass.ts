/**
 * Astro integration: one pass after the build over the files this build wrote (a page an incremental
 * build reused was passed when it was written; src/lib/build/written-files.ts). Each page is read once:
 * checked against the cut faces (fonts.ts, glyphCheck), and given a modulepreload link for each chunk
 * its scripts import statically (src/lib/build/module-preload.ts), and its digest remembered for the offline
 * build id (src/lib/build/file-digests.ts). The pages are read while Pagefind
 * indexes on the other core (search-index.ts); then the pass waits for the index and checks the search
 * texts it wrote. A character missing from a face fails the build, as does a failed index.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rememberDigest } from '../lib/build/file-digests.ts';
import { withModulePreloads } from '../lib/build/module-preload.ts';
import { writtenFiles, writtenFilesUnder } from '../lib/build/written-files.ts';
import { SEARCH_OUTPUTS } from '../lib/search/build/index.ts';
import { withSlash } from '../lib/site/urls.ts';
import { glyphCheck, glyphProblems } from './fonts.ts';
import { searchIndexed } from './search-index.ts';

/** Is the file one the search index writes (it is still writing them during the first part of the pass)? */
const fromIndex = (file: string) =>
  SEARCH_OUTPUTS.some((out) => (out.endsWith('/') ? file.startsWith(out) : file === out));

/** Files read at once: enough to keep the disk busy, few enough to leave the other core to Pagefind. */
const BATCH = 16;

export default function pagePass(base: string): AstroIntegration {
  return {
    name: 'bayan-page-pass',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const out = fileURLToPath(dir);
        const prefix = withSlash(base);
        const check = glyphCheck();
        const problems: string[] = [];
        const scripts = new Map<string, string | undefined>();
        const read = (path: string) => {
          if (!scripts.has(path)) {
            const file = path.startsWith(prefix) ? join(out, path.slice(prefix.length)) : undefined;
            scripts.set(path, file !== undefined && existsSync(file) ? readFileSync(file, 'utf8') : undefined);
          }
          return scripts.get(path);
        };
        const pass = async (file: string) => {
          const path = join(out, file);
          const text = await readFile(path, 'utf8');
          problems.push(...check(file, text));
          const final = file.endsWith('.html') ? withModulePreloads(text, read) : text;
          if (final !== text) await writeFile(path, final);
          // The offline build id reads every file's digest; these it need not read again.
          rememberDigest(file, path, final);
        };
        const passAll = async (files: string[]) => {
          for (let i = 0; i < files.length; i += BATCH) await Promise.all(files.slice(i, i + BATCH).map(pass));
        };
        // What Astro wrote (the index's own folders are still being written)…
        const pages = writtenFiles(
          out,
          (file) => /\.(html|json)$/.test(file) && !fromIndex(file),
          SEARCH_OUTPUTS.filter((output) => output.endsWith('/')),
        );
        await passAll(pages);
        const passed = performance.now();
        // …then, once the index is written, its texts (Pagefind's own files are not text a face shows).
        await searchIndexed();
        const indexed = performance.now();
        const texts = writtenFilesUnder(out, 'search').filter((file) => file.endsWith('.json') && fromIndex(file));
        await passAll(texts);
        // What the rebuild's end waits for, in the log: this pass, or the index (docs/performance.md).
        logger.info(
          `${pages.length} pages passed in ${Math.round(passed - start)} ms, then waited ${Math.round(indexed - passed)} ms for the search index and passed its ${texts.length} texts in ${Math.round(performance.now() - indexed)} ms.`,
        );
        if (problems.length > 0) throw new Error(glyphProblems(problems));
      },
    },
  };
}
