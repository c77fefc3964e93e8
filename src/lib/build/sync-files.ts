/**
 * Writes a folder of build output the way an incremental build needs: a file is written only when
 * its bytes differ from what is already there, and whatever else the folder holds is deleted. An
 * unchanged file keeps its modification time, so the passes after the build (written-files.ts) and
 * an upload that compares files skip it, and a build that changes one readout does not rewrite the
 * thousands of search files the other readouts made.
 */
import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export interface Synced {
  written: number;
  deleted: number;
}

const sameBytes = (file: string, bytes: Buffer): boolean => {
  try {
    return readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
};

/** Writes one file unless it already holds these bytes; true if it wrote. */
export function writeIfChanged(file: string, content: string | Uint8Array): boolean {
  const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
  if (sameBytes(file, bytes)) return false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return true;
}

/**
 * Makes `dir` hold exactly `files` (relative path → content): changed and new files written,
 * others under `dir` deleted with the folders they leave empty. What `keep` accepts (a relative
 * path of a file, or of a folder, left with all it holds) is left as it is, unread.
 */
export function syncFiles(
  dir: string,
  files: ReadonlyMap<string, string | Uint8Array>,
  keep: (path: string) => boolean = () => false,
): Synced {
  let written = 0;
  for (const [path, content] of files) if (writeIfChanged(join(dir, path), content)) written++;
  let deleted = 0;
  const prune = (folder: string, under: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const rel = under ? `${under}/${entry.name}` : entry.name;
      const path = join(folder, entry.name);
      if (keep(rel)) empty = false;
      else if (entry.isDirectory()) {
        if (prune(path, rel)) rmdirSync(path);
        else empty = false;
      } else if (files.has(rel)) empty = false;
      else {
        rmSync(path);
        deleted++;
      }
    }
    return empty;
  };
  mkdirSync(dir, { recursive: true });
  prune(dir, '');
  return { written, deleted };
}

/** Every file under `dir` (relative path → bytes), or an empty map if there is no such folder. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return files;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).replaceAll('\\', '/'), readFileSync(path));
  }
  return files;
}
