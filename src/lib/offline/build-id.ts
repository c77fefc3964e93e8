/**
 * The build's identity (Node only): a digest of every file of dist/ but what offline reading writes
 * itself, so two builds of the same site get the same id and any changed byte a new one. The worker
 * carries it, so a new build is a new worker, and names its cache by it.
 *
 * It is a digest of each file's digest. With a cache folder, a file's digest is kept with its size and
 * modification time and read again only when either changed: an incremental build rewrites a few dozen
 * of 72,000 files at 1,000 readouts, and reading all 2.4 GB again cost more than the rest of the rebuild.
 * The pages and texts the page pass has just read come with their digests (../build/file-digests.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { digestOf, rememberedDigest } from '../build/file-digests.ts';
import type { DistFiles } from './dist-files.ts';

/** What offline reading writes after the build, which the id must not include (they include it). */
export const OWN_OUTPUTS = [/^sw\.js$/, /^offline\/build\.txt$/, /^offline\/lists\//];

/**
 * A file's bytes as the id sees them: a TMX export's header carries the time it was built
 * (`creationdate`), which is no change of content (scripts/compare-dist.ts forgives it too), so
 * two builds of the same site share an id and the reader sees no "newer version" for it.
 */
function contentOf(dist: string, entry: string): Buffer | string {
  const bytes = readFileSync(join(dist, entry));
  return entry.endsWith('.tmx')
    ? bytes.toString('latin1').replace(/(<header\b[^>]*?\screationdate=")\d{8}T\d{6}Z(")/, '$1$2')
    : bytes;
}

/** Kept digests: path → [size, modification time, digest]. */
type Digests = Record<string, [number, number, string]>;

function readDigests(file: string | undefined): Digests {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Digests;
  } catch {
    return {};
  }
}

/** The id of the site in `dist` (listed in `files`); `cacheFile` keeps the files' digests between builds. */
export function buildId(dist: string, files: DistFiles, cacheFile?: string): string {
  const kept = readDigests(cacheFile);
  const digests: Digests = {};
  const hash = createHash('sha256');
  for (const [path, { size, mtimeMs }] of files) {
    if (OWN_OUTPUTS.some((own) => own.test(path))) continue;
    const old = kept[path];
    const digest =
      (old && old[0] === size && old[1] === mtimeMs ? old[2] : undefined) ??
      rememberedDigest(path, size, mtimeMs) ??
      digestOf(contentOf(dist, path));
    digests[path] = [size, mtimeMs, digest];
    hash.update(path).update('\0').update(digest).update('\0');
  }
  if (cacheFile) {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(digests));
  }
  return hash.digest('hex').slice(0, 16);
}
