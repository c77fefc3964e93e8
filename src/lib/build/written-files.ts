/**
 * Which files of dist/ this build wrote. With the incremental build (docs/deploying.md) dist/ is
 * kept between builds, Astro leaves a page it could reuse as it is, and the search index rewrites
 * only the files whose bytes change (sync-files.ts), so the passes after the build (the font
 * coverage check, module preload links) need only look at the files written since the build
 * started; a full build writes every file, so they see them all. dist/ is walked once per build
 * for both passes (a glob per pass cost seconds at 70,000 files).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

let started: number | undefined;

/** Called by src/integrations/keep-dist.ts at `astro:build:start`. */
export function markBuildStart(at = Date.now()): void {
  started = at;
  listed = undefined;
}

/** Was `file` written since the build started? (Always, outside a build.) */
export const writtenThisBuild = (file: string): boolean => started === undefined || statSync(file).mtimeMs >= started;

let listed: { dir: string; files: string[] } | undefined;

/**
 * The files under `dir` (relative paths, with `/`) that this build wrote and `include` accepts.
 * Listed on the first call of a build; call it only once every pass that adds files has run.
 */
export function writtenFiles(dir: string, include: (file: string) => boolean = () => true): string[] {
  if (listed?.dir !== dir) listed = { dir, files: writtenFilesUnder(dir, '') };
  return listed.files.filter(include);
}

/** The files under `dir`/`folder` that this build wrote, relative to `dir` (with `/`), walked now. */
export function writtenFilesUnder(dir: string, folder: string): string[] {
  const files: string[] = [];
  const root = join(dir, folder);
  if (!existsSync(root)) return files;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (writtenThisBuild(path)) files.push(relative(dir, path).replaceAll('\\', '/'));
  }
  return files.sort();
}
