/**
 * One group of the index's shards (shards.ts), indexed from start to end on one thread with its own
 * Pagefind process: each readout's export read and its parts and record made (or read from the cache),
 * the word counts of those made foretold, then each shard whose readouts changed indexed with the padded
 * records, and every foretold count checked against where Pagefind placed the sections (a readout it
 * did not bear out is counted by an unpadded pass and its shard indexed again). Pagefind indexes on one
 * core a process, and the shards are independent, so index.ts gives each core a group; it merges what
 * they return.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as pagefind from 'pagefind';
import { speakerName } from '../../../schemas/readout.ts';
import { en } from '../../../i18n/en.ts';
import type { Glossary } from '../../glossary/load.ts';
import type { ReadoutJson } from '../../readout/json.ts';
import { loadReadoutWords } from '../../words/load.ts';
import { lemmaForm } from '../../words/roots.ts';
import { withoutVowels } from '../../words/tokens.ts';
import { searchCache, shardMembers, type CacheUse, type ReadoutParts } from './cache.ts';
import { foretoldCounts, laidOutAsCounted, padding, type IndexedReadout } from './layout.ts';
import { countWords, indexedReadout, indexFiles } from './pagefind.ts';
import { searchRecord, shownParagraphs, termsOf, type SearchRecord } from './records.ts';
import { vocabularyCounts } from './vocabulary.ts';
import { stopwatch } from '../../build/stopwatch.ts';

/** What a group gives back: its readouts' parts (in the order of their files), its shards' files, what it used of the cache. */
export interface ShardGroupResult {
  readouts: { file: string; key: string; parts: ReadoutParts }[];
  shards: { shard: number; files: [path: string, bytes: Uint8Array][]; indexed: IndexedReadout[] }[];
  reindexed: number;
  reused: number;
  /** Readouts whose foretold word counts Pagefind did not bear out, counted by an unpadded pass instead. */
  measured: number;
  use: CacheUse;
  /** Milliseconds per step. */
  timings: Record<string, number>;
}

export interface ShardGroupTask {
  /**
   * This group's exports (dist-relative, sorted), each with its shard, its key in the cache (cache.ts), and its
   * text if it is not in `dist`'s files (made before the render, store-exports.ts).
   */
  files: { file: string; shard: number; key: string; json?: string }[];
  dist: string;
  /** How many shards the whole index has, which of them are this group's, and which of those are to be indexed again (index.ts's plan). */
  shards: number;
  group: number[];
  again: number[];
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

/** A readout as its shard is indexed: its record only if it was made this build (its parts not kept). */
type Member = { key: string; parts: ReadoutParts; record?: SearchRecord | undefined };

/** One shard's padded records indexed, and each readout's page id and anchors read back from its fragment once. */
async function indexShard(members: readonly Member[], cache: ReturnType<typeof searchCache>, beside?: () => void) {
  const files = await indexFiles(
    members.map(({ key, parts, record }) => ({
      record: record ?? cache.record(key),
      padding: padding(parts.counts ?? []),
    })),
    beside,
  );
  const indexed = [...files]
    .filter(([path]) => /^fragment\/[^/]+\.pf_fragment$/.test(path))
    .map(([path, bytes]) => indexedReadout(path, bytes));
  return { files, indexed };
}

export async function indexShardGroup(
  { files, dist, shards, group, again, cacheDir, salt }: ShardGroupTask,
  glossary: Glossary,
): Promise<ShardGroupResult> {
  const { timings, lap } = stopwatch();
  const cache = searchCache(cacheDir, salt);
  type Loaded = Member & { file: string; shard: number };
  const loaded = new Map<string, Loaded>();
  const load = ({ file, shard, key, json }: ShardGroupTask['files'][number]) => {
    const cached = cache.read(key);
    const made: Member = cached?.counts
      ? { key, parts: cached }
      : { key, ...partsOf(JSON.parse(json ?? readFileSync(join(dist, file), 'utf8')) as ReadoutJson, glossary) };
    // The shard was chosen from the file's name; the index and the browser know the readout by its slug.
    if (made.parts.slug !== basename(file, '.json'))
      throw new Error(`${file}: the export's slug is ${made.parts.slug}, not its file's name`);
    // The word counts of a readout whose parts are not kept, foretold (layout.ts) rather than measured by
    // an unpadded index; they are checked once its shard is indexed, and measured if wrong.
    if (made.record) made.parts.counts = foretoldCounts(made.record);
    loaded.set(file, { file, shard, ...made });
  };
  const membersOf = (shard: number) => files.filter((f) => f.shard === shard);

  // The shards whose readouts changed are indexed again. Their readouts are read first, so that Pagefind
  // starts on them; the other readouts' parts (a thousand files of about 130 KB at 1,000 readouts, read
  // only to be merged) are read while Pagefind writes the first of those indexes, when it needs nothing.
  for (const shard of again) membersOf(shard).forEach(load);
  lap('records');
  let rest = 0;
  const readRest = () => {
    if (loaded.size === files.length) return;
    const start = performance.now();
    for (const f of files) if (!loaded.has(f.file)) load(f);
    rest = Math.round(performance.now() - start);
  };

  // The padded records, one Pagefind index per shard; only shards whose readouts changed are indexed again.
  const result: ShardGroupResult['shards'] = [];
  let reindexed = 0;
  let measured = 0;
  for (const shard of [...again, ...group.filter((shard) => !again.includes(shard))]) {
    if (!again.includes(shard)) readRest();
    const members = membersOf(shard).map((f) => loaded.get(f.file)!);
    const key = shardMembers(shard, shards, members);
    // A readout made again (its parts were not kept) has counts not yet checked: its shard is indexed again.
    let kept = members.some((m) => m.record) ? undefined : cache.shard(key);
    if (!kept) {
      kept = await indexShard(members, cache, readRest);
      const bySlug = new Map(kept.indexed.map((readout) => [readout.slug, readout]));
      const placed = (slug: string) => {
        const readout = bySlug.get(slug);
        if (!readout) throw new Error(`Pagefind left ${slug} out of its shard's index`);
        return readout;
      };
      const wrong = members.filter((m) => m.record && !laidOutAsCounted(placed(m.parts.slug), m.parts.counts ?? []));
      if (wrong.length > 0) {
        // Pagefind counted some region otherwise: count those readouts as it does (an unpadded index), then index again.
        const counted = await countWords(wrong.map((m) => m.record!));
        for (const m of wrong) m.parts.counts = counted.get(m.parts.slug) ?? [];
        kept = await indexShard(members, cache);
        measured += wrong.length;
      }
      cache.writeShard(key, kept.files, kept.indexed);
      reindexed++;
    }
    for (const { key, parts, record } of members) if (record) cache.write(key, parts, record);
    result.push({ shard, files: [...kept.files], indexed: kept.indexed });
  }
  readRest();
  await pagefind.close();
  lap(`Pagefind (${reindexed} of ${group.length} shards; ${measured} readouts counted by an unpadded pass)`);
  if (rest > 0) timings['records of the other shards, while Pagefind writes'] = rest;
  const all = files.map((f) => loaded.get(f.file)!);
  return {
    readouts: all.map(({ file, key, parts }) => ({ file, key, parts })),
    shards: result,
    reindexed,
    reused: all.filter(({ record }) => !record).length,
    measured,
    use: cache.use(),
    timings,
  };
}
