/**
 * Pagefind's side of the index build: a record per readout as HTML, one section per paragraph, each
 * region padded to the width of its length class (../map.ts), and the fragments Pagefind writes read back.
 */
import { gunzipSync } from 'node:zlib';
import { basename } from 'node:path';
import * as pagefind from 'pagefind';
import { xml } from '../../outputs/exports.ts';
import { readoutPath, readoutSlugOf } from '../../site/urls.ts';
import { namesAnchor } from '../map.ts';
import { paragraphId } from '../../readout/paragraph-hash.ts';
import { wordCounts, type IndexedReadout, type WordCounts } from './layout.ts';
import type { SearchRecord } from './records.ts';
import { READOUTS_PER_SHARD } from './shards.ts';

/**
 * Pagefind's own count of the words in each region of each paragraph, from an unpadded index in memory:
 * for the readouts whose foretold counts (layout.ts) it did not bear out. A page's counts do not depend
 * on the other pages of its index, and Pagefind builds a large index more slowly per page than a small
 * one (docs/performance.md), so the records are counted in batches of a shard's size.
 */
export async function countWords(records: readonly SearchRecord[]): Promise<Map<string, WordCounts[]>> {
  const counts = new Map<string, WordCounts[]>();
  for (let start = 0; start < records.length; start += READOUTS_PER_SHARD) {
    const batch = records.slice(start, start + READOUTS_PER_SHARD);
    const paragraphs = new Map(batch.map((r) => [r.slug, r.paragraphs.length]));
    const index = await newIndex();
    for (const record of batch) await add(index, record);
    const { errors, files } = await index.getFiles();
    if (errors.length > 0) throw new Error(`Pagefind could not count words: ${errors.join('; ')}`);
    for (const file of files) {
      if (!file.path.startsWith('fragment/')) continue;
      const readout = indexedReadout(file.path, Buffer.from(file.content));
      counts.set(readout.slug, wordCounts(readout, paragraphs.get(readout.slug) ?? 0));
    }
    await index.deleteIndex();
  }
  return counts;
}

/**
 * One shard's padded records indexed, Pagefind's files (path in the bundle → bytes) in memory. `beside` runs
 * on this thread while Pagefind, in its own process, writes the index.
 */
export async function indexFiles(
  records: readonly { record: SearchRecord; padding: readonly WordCounts[] }[],
  beside?: () => void,
): Promise<Map<string, Buffer>> {
  const index = await newIndex();
  for (const { record, padding } of records) await add(index, record, padding);
  const writing = index.getFiles();
  if (beside) {
    // Once the request has left for Pagefind's process.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      beside();
    } catch (error) {
      await writing.catch(() => {});
      throw error;
    }
  }
  const { errors, files } = await writing;
  if (errors.length > 0) throw new Error(`Pagefind could not write the index: ${errors.join('; ')}`);
  await index.deleteIndex();
  return new Map(files.map((file) => [file.path, Buffer.from(file.content)]));
}

export async function newIndex() {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** Padding: a word to Pagefind's count, but not one it indexes. */
const pad = (words: number) => ' ·'.repeat(words);

/** A record as Pagefind reads it; `padding` (layout.ts) makes each region as wide as its length class (../map.ts). */
export async function add(index: pagefind.PagefindIndex, record: SearchRecord, padding?: readonly WordCounts[]) {
  const sections = record.paragraphs.map((p, i) => {
    const ownPad = pad(padding?.[i]?.own ?? 0);
    const namesPad = pad(padding?.[i]?.names ?? 0);
    return `<section id="${paragraphId(i + 1)}">${xml(p.own)}${ownPad}\n<div id="${namesAnchor(i + 1)}">${xml(p.names)}${namesPad}</div></section>`;
  });
  const html = `<!doctype html><html lang="en"><head><title>${xml(record.slug)}</title></head><body><main data-pagefind-body>${sections.join('')}</main></body></html>`;
  const response = await index.addHTMLFile({ url: `/${readoutPath(record.slug)}`, content: html });
  if (response.errors.length > 0) throw new Error(`Pagefind rejected ${record.slug}: ${response.errors.join('; ')}`);
}

/** A Pagefind fragment, read back: gzipped JSON behind Pagefind's 12-byte signature ("pagefind_dcd"). */
export function indexedReadout(path: string, bytes: Buffer): IndexedReadout {
  const fragment = JSON.parse(gunzipSync(bytes).subarray(12).toString('utf8')) as {
    url: string;
    word_count: number;
    anchors: IndexedReadout['anchors'];
  };
  const slug = readoutSlugOf(fragment.url) ?? fragment.url;
  return { page: basename(path, '.pf_fragment'), slug, wordCount: fragment.word_count, anchors: fragment.anchors };
}
