/**
 * One group of the index's shards (shards.ts), indexed from start to end on one thread with its own
 * Pagefind process: each readout's export read and its parts and record made (or read from the cache),
 * Pagefind's word counts for those not counted before (pass 1), then each shard whose readouts changed
 * indexed again with the padded records (pass 2). Pagefind indexes on one core a process, and the shards
 * are independent, so index.ts gives each core a group; it merges what they return.
 */
import { basename, join } from 'node:path';
import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { speakerName } from '../../../schemas/readout.ts';
import { en } from '../../../i18n/en.ts';
import type { Glossary } from '../../glossary/load.ts';
import type { ReadoutJson } from '../../readout/json.ts';
import { loadReadoutWords } from '../../words/load.ts';
import { lemmaForm } from '../../words/roots.ts';
import { withoutVowels } from '../../words/tokens.ts';
import { searchCache, shardMembers, type CacheUse, type ReadoutParts } from './cache.ts';
import { padding, type IndexedReadout } from './layout.ts';
import { countWords, indexedReadout, indexFiles } from './pagefind.ts';
import { searchRecord, shownParagraphs, termsOf, type SearchRecord } from './records.ts';
import { vocabularyCounts } from './vocabulary.ts';

/** What a group gives back: its readouts' parts (in the order of their files), its shards' files, what it used of the cache. */
export interface ShardGroupResult {
  readouts: { file: string; key: string; parts: ReadoutParts }[];
  shards: { shard: number; files: [path: string, bytes: Uint8Array][]; indexed: IndexedReadout[] }[];
  reindexed: number;
  reused: number;
  use: CacheUse;
  /** Milliseconds per step. */
  timings: Record<string, number>;
}

export interface ShardGroupTask {
  dist: string;
  /** This group's exports (dist-relative, sorted), each with its shard and its key in the cache (cache.ts). */
  files: { file: string; shard: number; key: string }[];
  /** How many shards the whole index has, and which of them are this group's. */
  shards: number;
  group: number[];
  cacheDir: string | undefined;
  salt: string;
}

/** Each paragraph's lemmas as bare citation forms (no vowels, no homograph number), from the readout's word study. */
function paragraphLemmas(slug: string): string[][] {
  const words = loadReadoutWords(slug);
  if (!words) return [];
  const numbers = Object.keys(words).map(Number);
  return Array.from({ length: Math.max(0, ...numbers) }, (_, i) => [
    ...new Set((words[String(i + 1)]?.words ?? []).map((w) => withoutVowels(lemmaForm(w.lemma)))),
  ]);
}

function partsOf(readout: ReadoutJson, glossary: Glossary): { parts: ReadoutParts; record: SearchRecord } {
  const record = searchRecord(readout, glossary, paragraphLemmas(readout.slug));
  const parts: ReadoutParts = {
    slug: record.slug,
    mapped: readout.paragraphs.map((p) => ({
      speaker: p.speaker.name,
      kinds: [...new Set(termsOf(p, glossary).map((t) => en.glossary.kind[t.kind]))],
    })),
    shown: shownParagraphs(readout),
    speakers: readout.paragraphs.map((p) => [p.speaker.name, speakerName(readout, p.speaker.id, 'ar')]),
    vocabulary: vocabularyCounts(record.paragraphs.map((p) => p.written)),
  };
  return { parts, record };
}

export async function indexShardGroup(
  { dist, files, shards, group, cacheDir, salt }: ShardGroupTask,
  glossary: Glossary,
): Promise<ShardGroupResult> {
  const timings: Record<string, number> = {};
  let last = performance.now();
  const lap = (step: string) => {
    const now = performance.now();
    timings[step] = Math.round(now - last);
    last = now;
  };
  const cache = searchCache(cacheDir, salt);
  const all: { file: string; shard: number; key: string; parts: ReadoutParts; record?: SearchRecord }[] = [];
  for (const { file, shard, key } of files) {
    const cached = cache.read(key);
    const made = cached?.counts
      ? { parts: cached }
      : partsOf(JSON.parse(readFileSync(join(dist, file), 'utf8')) as ReadoutJson, glossary);
    // The shard was chosen from the file's name; the index and the browser know the readout by its slug.
    if (made.parts.slug !== basename(file, '.json'))
      throw new Error(`${file}: the export's slug is ${made.parts.slug}, not its file's name`);
    all.push({ file, shard, key, ...made });
  }
  lap('records');

  // Pass 1, only for the readouts whose parts are not kept.
  const uncounted = all.filter(({ record }) => record !== undefined);
  const counted = uncounted.length > 0 ? await countWords(uncounted.map(({ record }) => record!)) : new Map();
  for (const { key, parts, record } of uncounted) {
    parts.counts = counted.get(parts.slug) ?? [];
    cache.write(key, parts, record!);
  }
  lap('pass 1 (word counts)');

  // Pass 2: the padded records, one Pagefind index per shard; only shards whose readouts changed are indexed again.
  const result: ShardGroupResult['shards'] = [];
  let reindexed = 0;
  for (const shard of group) {
    const members = all.filter((m) => m.shard === shard);
    const key = shardMembers(shard, shards, members);
    let kept = cache.shard(key);
    if (!kept) {
      const indexedFiles = await indexFiles(
        members.map(({ key, parts, record }) => ({
          record: record ?? cache.record(key),
          padding: padding(parts.counts ?? []),
        })),
      );
      // Each readout's page id and anchors, read back from its fragment once, when the shard is indexed.
      const indexed = [...indexedFiles]
        .filter(([path]) => /^fragment\/[^/]+\.pf_fragment$/.test(path))
        .map(([path, bytes]) => indexedReadout(path, bytes));
      cache.writeShard(key, indexedFiles, indexed);
      kept = { files: indexedFiles, indexed };
      reindexed++;
    }
    result.push({ shard, files: [...kept.files], indexed: kept.indexed });
  }
  await pagefind.close();
  lap(`pass 2 (${reindexed} of ${group.length} shards)`);
  return {
    readouts: all.map(({ file, key, parts }) => ({ file, key, parts })),
    shards: result,
    reindexed,
    reused: all.length - uncounted.length,
    use: cache.use(),
    timings,
  };
}
