/**
 * The keys Astro's incremental build (`experimental.incrementalBuild`) compares to reuse a page
 * from the previous build instead of rendering it again (docs/deploying.md). Every path of every
 * route returns one from getStaticPaths:
 *
 * - a readout's pages and files (reading page, paragraph pages, source, term cards, exports):
 *   `readoutKey(entry)`, its file's digest with the site's;
 * - pages that list or count the whole collection (home, glossary, term pages, feeds, search, 404,
 *   roots): `collectionKey()`, every readout's and term's digest with the site's and the word study's,
 *   so adding, editing or removing any readout or words file renders them again.
 *
 * A readout's key holds its words file and the lexicon too (content/words/<slug>.yaml, content/lexicon.yaml:
 * not part of the readout's entry): its vocabulary, word data and word mode follow them.
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
import { existsSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { BUILD_DAY } from './data.ts';
import { LEXICON_FILE, WORDS_DIR, wordsFileOf } from '../words/files.ts';

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

const fileDigests = new Map<string, string>();
/**
 * A file's digest, read once per build: every one of a readout's 50 paths asks for the lexicon's, which
 * would otherwise be read and hashed 50,000 times at 1,000 readouts. (In `astro dev` a file may change.)
 */
function fileDigest(file: string): string {
  const kept = import.meta.env.PROD ? fileDigests.get(file) : undefined;
  if (kept !== undefined) return kept;
  const digest = existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16) : '-';
  fileDigests.set(file, digest);
  return digest;
}
/** A readout's words file and the lexicon, read as they are now. */
const wordStudyDigest = (slug: string) => `${fileDigest(wordsFileOf(slug))}:${fileDigest(LEXICON_FILE)}`;

/** The key of a path made from one readout alone (with its word study). */
export const readoutKey = (entry: { id: string; digest?: string | number | undefined }): string =>
  `${entry.id}:${entry.digest ?? ''}:${wordStudyDigest(entry.id)}:${siteDigest()}`;

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
    for (const name of existsSync(WORDS_DIR) ? globSync('*.yaml', { cwd: WORDS_DIR }).sort() : [])
      hash.update(`words/${name}:${fileDigest(`${WORDS_DIR}/${name}`)}\n`);
    hash.update(`lexicon:${fileDigest(LEXICON_FILE)}\n`);
    return hash.digest('hex').slice(0, 16);
  });
  return collection;
}
