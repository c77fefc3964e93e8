/**
 * The readouts' JSON exports, made from Astro's content store before the render writes them.
 *
 * Astro syncs the content before its build starts: every readout's front matter is parsed and its
 * Markdown rendered, and the result saved in `<cacheDir>/data-store.json` (devalue's format). The
 * export route (src/pages/readouts/[slug].[format].ts) makes its JSON from exactly that: the entry's
 * data and the pairs the Markdown pipeline left in its front matter. So the search index can start
 * from the store as soon as the build starts, beside Vite's bundle and the render, instead of waiting
 * for dist/. The store's format is Astro's own, not a promise: whatever this reads is checked against
 * the exports the build writes (src/integrations/search-index.ts), and the index is made from those
 * instead if they differ.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'devalue';
import type { ReadoutData } from '../../../schemas/readout.ts';
import type { PairText } from '../../readout/pairs.ts';
import { readoutJson, readoutJsonText } from '../../readout/json.ts';
import { readoutFilePath, readoutUrl } from '../../site/urls.ts';

/** A readout in the store, as far as the export needs it. */
interface StoredReadout {
  data: ReadoutData;
  rendered?: { metadata?: { frontmatter?: { pairs?: PairText[] } } };
}

/**
 * Each readout's JSON export (`readouts/<slug>.json` → its text, as the export route writes it), from the
 * content store at `storeFile`. `site` and `base` are the config's. Throws if the store holds no readouts
 * or a readout without rendered pairs: a store of another shape.
 */
export function exportsFromStore(storeFile: string, site: URL, base: string): Map<string, string> {
  const store = parse(readFileSync(storeFile, 'utf8')) as unknown;
  const readouts = store instanceof Map ? (store.get('readouts') as unknown) : undefined;
  if (!(readouts instanceof Map)) throw new Error(`${storeFile} holds no "readouts" collection`);
  const exports = new Map<string, string>();
  for (const [slug, entry] of readouts as Map<string, StoredReadout>) {
    const pairs = entry.rendered?.metadata?.frontmatter?.pairs;
    if (!Array.isArray(pairs)) throw new Error(`${storeFile}: readout ${slug} has no rendered pairs`);
    const json = readoutJson(slug, entry.data, pairs, readoutUrl(slug, site, base));
    exports.set(readoutFilePath(slug, '.json'), readoutJsonText(json));
  }
  return exports;
}

const digestOf = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** Each export's digest, to be checked against what the build wrote (`differingExport`). */
export const exportDigests = (exports: ReadonlyMap<string, string>): Record<string, string> =>
  Object.fromEntries([...exports].map(([file, json]) => [file, digestOf(json)]));

/**
 * How dist/'s JSON exports differ from those the index was made from (by their `digests`): the first export
 * missing, extra or different, in words; undefined if they are the same files with the same bytes.
 */
export function differingExport(dist: string, digests: Readonly<Record<string, string>>): string | undefined {
  const written = globSync('readouts/*.json', { cwd: dist }).sort();
  const extra = written.find((file) => !(file in digests));
  if (extra) return `the build wrote ${extra}, which the store does not hold`;
  const writtenSet = new Set(written);
  const missing = Object.keys(digests)
    .sort()
    .find((file) => !writtenSet.has(file));
  if (missing) return `the build did not write ${missing}`;
  const changed = written.find((file) => digestOf(readFileSync(join(dist, file))) !== digests[file]);
  return changed && `the build wrote ${changed} otherwise`;
}
