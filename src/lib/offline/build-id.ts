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

export function buildId(dist: string): string {
  const hash = createHash('sha256');
  for (const entry of globSync('**/*', { cwd: dist, exclude: OWN_OUTPUTS, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dist, join(d.parentPath, d.name)))
    .sort())
    hash
      .update(entry)
      .update('\0')
      .update(readFileSync(join(dist, entry)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}
