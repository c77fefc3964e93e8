/**
 * The build's identity (Node only): a digest of every file of dist/ but what offline reading writes
 * itself, so two builds of the same site get the same id and any changed byte a new one. The worker
 * carries it, so a new build is a new worker, and names its cache by it.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What offline reading writes after the build, which the id must not include (they include it). */
export const OWN_OUTPUTS = ['sw.js', 'offline/build.txt', 'offline/lists/**'];

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

export function buildId(dist: string): string {
  const hash = createHash('sha256');
  for (const entry of globSync('**/*', { cwd: dist, exclude: OWN_OUTPUTS, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dist, join(d.parentPath, d.name)))
    .sort())
    hash.update(entry).update('\0').update(contentOf(dist, entry)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
