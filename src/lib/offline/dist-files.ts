/**
 * dist/ as offline reading sees it after the build (Node only): every file's path, size and time, from
 * one walk. The build id and every readout's list are read off this listing: at 1,000 readouts dist/
 * holds about 72,000 files, and a glob per readout (its exports, the shared scripts and index) had made
 * the lists cost the square of the collection.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface DistFile {
  size: number;
  mtimeMs: number;
}

/** Path (relative to dist/, with `/`) → size and modification time, in path order. */
export type DistFiles = ReadonlyMap<string, DistFile>;

export function walkDist(dist: string): DistFiles {
  const files: [string, DistFile][] = [];
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { size, mtimeMs } = statSync(path);
    files.push([relative(dist, path).replaceAll('\\', '/'), { size, mtimeMs }]);
  }
  return new Map(files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
