/**
 * Which files of dist/ this build wrote. With the incremental build (docs/deploying.md) dist/ is
 * kept between builds and Astro leaves a page it could reuse as it is, so the passes after the
 * build (the font coverage check, module preload links) need only look at the files written since
 * the build started; a full build writes every file, so they see them all, as before.
 */
import { globSync, statSync } from 'node:fs';
import { join } from 'node:path';

let started: number | undefined;

/** Called by src/integrations/keep-dist.ts at `astro:build:start`. */
export function markBuildStart(at = Date.now()): void {
  started = at;
}

/** When this build started (milliseconds), or undefined outside a build (then every file counts as written). */
export const buildStart = (): number | undefined => started;

/** Was `file` written since the build started? */
export const writtenThisBuild = (file: string): boolean => started === undefined || statSync(file).mtimeMs >= started;

/** The files under `dir` matching `pattern` (relative paths) that this build wrote. */
export function writtenFiles(dir: string, pattern: string, exclude: string[] = []): string[] {
  return globSync(pattern, { cwd: dir, exclude }).filter((file) => writtenThisBuild(join(dir, file)));
}
