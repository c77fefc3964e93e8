/**
 * Astro integration for the incremental build (docs/deploying.md). dist/ is kept between builds
 * (`vite.build.emptyOutDir: false` in astro.config.mjs), so a page Astro reuses is simply left in
 * place. Whatever the previous build wrote that this one did not is pruned before the other
 * passes run: a file stays if this build wrote it (its mtime is at least the build's start,
 * recorded at `astro:build:start`), it is the output of a path in this build's incremental-build
 * manifest (a reused page), or it is a file of `public/`; anything else — the pages and exports of a
 * removed readout, old hashed scripts — is deleted, so dist/ holds exactly what a build from scratch would. It must come before the search index, which reads dist/readouts/*.json;
 * the search index's own files are left to it (it rewrites only those that change, and deletes the rest).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markBuildStart, writtenThisBuild } from '../lib/build/written-files.ts';

/** The output files (dist-relative) Astro's incremental-build manifest records for this build. */
export function manifestOutputs(manifestFile: string): Set<string> {
  const outputs = new Set<string>();
  let manifest: { routes?: Record<string, { paths: Record<string, { outputFile: string }> }> };
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    return outputs;
  }
  for (const route of Object.values(manifest.routes ?? {}))
    for (const { outputFile } of Object.values(route.paths)) outputs.add(decodeURI(outputFile));
  return outputs;
}

/**
 * The files of `public/` (relative paths, with `/`): Astro copies them into dist/ with their own times
 * (since 7.4), so they are kept by name rather than by being written this build.
 */
export function publicFiles(publicDir: string): Set<string> {
  if (!existsSync(publicDir)) return new Set();
  return new Set(
    readdirSync(publicDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(publicDir, join(entry.parentPath, entry.name)).split(sep).join('/')),
  );
}

/**
 * Deletes every file under `dir` neither written this build nor in `keep`; then the folders left
 * empty. What `leave` names (dist-relative files, and folders ending with a slash) is not looked at:
 * the passes that write it later keep it themselves.
 */
export function pruneDist(dir: string, keep: ReadonlySet<string>, leave: readonly string[] = []): number {
  const left = new Set(leave);
  let pruned = 0;
  const walk = (folder: string, relative: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      if (left.has(entry.isDirectory() ? `${rel}/` : rel)) empty = false;
      else if (entry.isDirectory()) {
        if (rel === '.git' || !walk(path, rel)) empty = false;
        else rmdirSync(path);
      } else if (keep.has(rel) || writtenThisBuild(path)) empty = false;
      else {
        rmSync(path);
        pruned++;
      }
    }
    return empty;
  };
  walk(dir, '');
  return pruned;
}

/** `leave`: what later passes write and keep themselves (the search index's SEARCH_OUTPUTS). */
export default function keepDist(leave: readonly string[] = []): AstroIntegration {
  let cacheDir: URL | undefined;
  let publicDir: URL | undefined;
  return {
    name: 'bayan-keep-dist',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
        publicDir = config.publicDir;
      },
      'astro:build:start': () => markBuildStart(),
      'astro:build:done': ({ dir, logger }) => {
        const pages = manifestOutputs(fileURLToPath(new URL('incremental-build.json', cacheDir)));
        const pruned = pruneDist(
          fileURLToPath(dir),
          new Set([...pages, ...publicFiles(fileURLToPath(publicDir!))]),
          leave,
        );
        logger.info(`${pages.size} pages in the incremental-build manifest; ${pruned} stale files pruned from dist/.`);
      },
    },
  };
}
