/**
 * One group of the index's shards (shards.ts), indexed from start to end on one thread with its own
 * Pagefind process, a shard at a time: each readout's export read and its parts and record made (or read
 * from the cache), the word counts of those made foretold, then each shard whose readouts changed indexed
 * with the padded records, and every foretold count checked against where Pagefind placed the sections
 * (a readout it did not bear out is counted by an unpadded pass and its shard indexed again). Pagefind
 * indexes on one core a process, and the shards are independent, so index.ts gives each core a group, as
 * far as memory allows; it merges what they return.
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
    const member: Member = cached?.counts
      ? { key, parts: cached }
      : { key, ...partsOf(JSON.parse(json ?? readFileSync(join(dist, file), 'utf8')) as ReadoutJson, glossary) };
    // The shard was chosen from the file's name; the index and the browser know the readout by its slug.
    if (member.parts.slug !== basename(file, '.json'))
      throw new Error(`${file}: the export's slug is ${member.parts.slug}, not its file's name`);
    // The word counts of a readout whose parts are not kept, foretold (layout.ts) rather than measured by
    // an unpadded index; they are checked once its shard is indexed, and measured if wrong.
    if (member.record) member.parts.counts = foretoldCounts(member.record);
    loaded.set(file, { file, shard, ...member });
  };
  const membersOf = (shard: number) => files.filter((f) => f.shard === shard);
  const loadEach = (some: readonly ShardGroupTask['files'][number][]) => {
    for (const f of some) if (!loaded.has(f.file)) load(f);
  };
  const loadShard = (shard: number) => loadEach(membersOf(shard));
  const readRest = () => loadEach(files);
  // Milliseconds of reading and making records on this thread while Pagefind, in its own process, writes an index.
  let beside = 0;
  const whilePagefindWrites = (work: () => void) => () => {
    const start = performance.now();
    work();
    beside += performance.now() - start;
  };

  // The shards whose readouts changed are indexed again first, one after another, and a shard's records
  // are let go once it is indexed: a readout's record (every word that finds each paragraph) is the
  // largest thing the index makes, and holding a whole collection's at once ran a 24 GiB machine out of
  // memory at 10,000 readouts (docs/performance.md). The next shard's records are made while Pagefind
  // writes this one's index, when this thread has nothing else to do; after the last shard indexed again,
  // the other readouts' parts (read from the cache only to be merged) are read then instead.
  const order = [...again, ...group.filter((shard) => !again.includes(shard))];
  if (order[0] !== undefined) loadShard(order[0]);
  lap("the first shard's records");
  const result: ShardGroupResult['shards'] = [];
  let reindexed = 0;
  let measured = 0;
  let made = 0;
  try {
    for (const [i, shard] of order.entries()) {
      const next = order[i + 1];
      if (again.includes(shard)) loadShard(shard);
      else readRest();
      const members = membersOf(shard).map((f) => loaded.get(f.file)!);
      const key = shardMembers(shard, shards, members);
      // A readout made again (its parts were not kept) has counts not yet checked: its shard is indexed again.
      let kept = members.some((m) => m.record) ? undefined : cache.shard(key);
      if (!kept) {
        const work = next !== undefined && again.includes(next) ? () => loadShard(next) : readRest;
        kept = await indexShard(members, cache, whilePagefindWrites(work));
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
      for (const member of members)
        if (member.record) {
          cache.write(member.key, member.parts, member.record);
          member.record = undefined;
          made++;
        }
      result.push({ shard, files: [...kept.files], indexed: kept.indexed });
    }
  } finally {
    // Pagefind's process ends with the group, also when a readout fails while it indexes another shard.
    await pagefind.close();
  }
  lap(`Pagefind (${reindexed} of ${group.length} shards; ${measured} readouts counted by an unpadded pass)`);
  if (beside > 0) timings['records of the next shards, while Pagefind writes'] = Math.round(beside);
  const all = files.map((f) => loaded.get(f.file)!);
  return {
    readouts: all.map(({ file, key, parts }) => ({ file, key, parts })),
    shards: result,
    reindexed,
    reused: files.length - made,
    measured,
    use: cache.use(),
    timings,
  };
}
