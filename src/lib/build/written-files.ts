/**
 * Which files of dist/ this build wrote. With the incremental build (docs/deploying.md) dist/ is
 * kept between builds, Astro leaves a page it could reuse as it is, and the search index rewrites
 * only the files whose bytes change (sync-files.ts), so the passes after the build (the font
 * coverage check, module preload links) need only look at the files written since the build
 * started; a full build writes every file, so they see them all. dist/ is walked once for both
 * passes (a glob per pass cost seconds at 70,000 files).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

let started: number | undefined;

/** Called by src/integrations/keep-dist.ts at `astro:build:start`. */
export function markBuildStart(at = Date.now()): void {
  started = at;
}

/** Was `file` written since the build started? (Always, outside a build.) */
export const writtenThisBuild = (file: string): boolean => started === undefined || statSync(file).mtimeMs >= started;

/**
 * The files under `dir` (relative paths, with `/`) that this build wrote and `include` accepts, in one walk.
 * The folders in `skip` (relative, ending with `/`) are not walked: another pass writes and deletes in them
 * meanwhile (the search index, which may still be at work), and a folder deleted under a walk fails it.
 */
export function writtenFiles(
  dir: string,
  include: (file: string) => boolean = () => true,
  skip: readonly string[] = [],
): string[] {
  return walk(dir, '', skip).filter(include).sort();
}

/** The files under `dir`/`folder` that this build wrote, relative to `dir` (with `/`), walked now. */
export function writtenFilesUnder(dir: string, folder: string): string[] {
  return existsSync(join(dir, folder))
    ? walk(dir, folder === '' ? '' : `${folder.replace(/\/$/, '')}/`, []).sort()
    : [];
}

/**
 * Appends to `files` rather than returning arrays to spread: `push(...children)` passes each child as an
 * argument on the stack, and a folder of 10,000 readouts' files (about 300,000) overflowed it.
 */
function walk(dir: string, folder: string, skip: readonly string[], files: string[] = []): string[] {
  for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
    const path = `${folder}${entry.name}`;
    if (entry.isDirectory()) {
      if (!skip.includes(`${path}/`)) walk(dir, `${path}/`, skip, files);
    } else if (entry.isFile() && writtenThisBuild(join(dir, path))) files.push(path);
  }
  return files;
}
