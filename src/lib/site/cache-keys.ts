/**
 * The keys Astro's incremental build (`experimental.incrementalBuild`) compares to reuse a page
 * from the previous build instead of rendering it again (docs/deploying.md). Every path of every
 * route returns one from getStaticPaths:
 *
 * - a readout's pages and files (reading page, paragraph pages, source, term cards, exports):
 *   `readoutKey(entry)`, its file's digest with the site's;
 * - pages that list or count the whole collection (home, glossary, term pages, feeds, search, 404):
 *   `collectionKey()`, every readout's and term's digest with the site's, so adding, editing or
 *   removing any readout renders them again.
 *
 * The site's digest covers what Astro's own checks (the config, which holds the glossary's and
 * src/lib's digest, the lockfile, the route's modules) could miss: every file under src/ (the
 * views, the browser scripts whose hashed names pages link, the Arabic face cut to the content's
 * characters in src/generated/), public/, package.json (the exports' tool version), and the build
 * day (the citations' access date, src/lib/site/data.ts BUILD_DAY). A change to any of them renders
 * everything, as a full build would.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { BUILD_DAY } from './data.ts';

const SITE_SOURCES = ['src/**/*', 'public/**/*', 'package.json'];

/** Every file the site digest reads, repository-relative and sorted. */
export function siteInputFiles(): string[] {
  return SITE_SOURCES.flatMap((pattern) => globSync(pattern, { withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => `${d.parentPath}/${d.name}`)
    .sort();
}

let site: string | undefined;
/** A digest of the site's code, static files and build day; read once per build. */
export function siteDigest(): string {
  if (site !== undefined && import.meta.env.PROD) return site;
  const hash = createHash('sha256').update(BUILD_DAY);
  for (const file of siteInputFiles()) hash.update(file).update('\0').update(readFileSync(file));
  site = hash.digest('hex').slice(0, 16);
  return site;
}

/** The key of a path made from one readout alone. */
export const readoutKey = (entry: { id: string; digest?: string | number | undefined }): string =>
  `${entry.id}:${entry.digest ?? ''}:${siteDigest()}`;

let collection: Promise<string> | undefined;
/** The key of a path that shows the whole collection: every readout's and term's id and digest. */
export function collectionKey(): Promise<string> {
  if (collection !== undefined && import.meta.env.PROD) return collection;
  collection = Promise.all([getCollection('readouts'), getCollection('terms')]).then(([readouts, terms]) => {
    const hash = createHash('sha256').update(siteDigest());
    for (const [name, entries] of [
      ['readouts', readouts],
      ['terms', terms],
    ] as const)
      for (const { id, digest } of [...entries].sort((a, b) => a.id.localeCompare(b.id)))
        hash.update(`${name}/${id}:${digest ?? ''}\n`);
    return hash.digest('hex').slice(0, 16);
  });
  return collection;
}
