/**
 * Astro integration, the last pass after the build: offline reading (docs/offline.md). Writes the
 * installed app's manifests and icons, the build's stamp, each readout's list of files to save, and
 * the service worker (src/client/offline/sw/worker.ts, bundled with the build's id, base and shell).
 * Everything is rewritten by every build (keep-dist prunes the previous build's) and depends only on
 * dist/, so the same site gives the same files.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.ts';
import { icons, manifest } from '../lib/offline/app.ts';
import { buildId } from '../lib/offline/build-id.ts';
import { listPath, STAMP_PATH } from '../lib/offline/keys.ts';
import { walkDist } from '../lib/offline/dist-files.ts';
import { offlineLists, searchPages, shellFiles } from '../lib/offline/lists.ts';
import { localePath, withSlash } from '../lib/site/urls.ts';
import { searchIndexed } from './search-index.ts';

const write = (file: string, body: string | Uint8Array) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
};

export default function offline(base: string): AstroIntegration {
  const prefix = withSlash(base);
  let cacheDir: string | undefined;
  return {
    name: 'bayan-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The lists hold the index's files: wait for it (src/integrations/search-index.ts).
        await searchIndexed();
        const start = performance.now();
        const dist = fileURLToPath(dir);
        for (const locale of LOCALES) {
          const home = `${prefix}${locale === DEFAULT_LOCALE ? '' : localePath(locale, '')}`;
          write(join(dist, home.slice(prefix.length), 'manifest.webmanifest'), manifest(locale, prefix, home));
        }
        for (const [file, png] of await icons()) write(join(dist, file), png);

        // One walk of dist/ for the id and every list (dist-files.ts).
        const files = walkDist(dist);
        const id = buildId(dist, files, cacheDir && join(cacheDir, 'offline-digests.json'));
        const pages = searchPages(dist, files);
        const { readoutList } = offlineLists(dist, files);
        const slugs = [...files.keys()].flatMap((f) => /^readouts\/([^/]+)\.json$/.exec(f)?.[1] ?? []);
        for (const slug of slugs)
          write(join(dist, listPath(slug)), JSON.stringify(readoutList(slug, id, pages.get(slug))));
        const shell = shellFiles(dist, prefix);
        write(join(dist, STAMP_PATH), `${id}\n`);
        const worker = await build({
          entryPoints: [fileURLToPath(new URL('../client/offline/sw/worker.ts', import.meta.url))],
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2022',
          write: false,
          legalComments: 'none',
          define: {
            __BAYAN_BUILD__: JSON.stringify(id),
            __BAYAN_BASE__: JSON.stringify(prefix),
            __BAYAN_SHELL__: JSON.stringify(shell),
          },
        });
        write(join(dist, 'sw.js'), worker.outputFiles[0]!.contents);
        logger.info(
          `Offline: build ${id}, a shell of ${shell.length} files, ${slugs.length} readout lists, sw.js ${worker.outputFiles[0]!.contents.length} bytes, in ${Math.round(performance.now() - start)} ms.`,
        );
      },
    },
  };
}
