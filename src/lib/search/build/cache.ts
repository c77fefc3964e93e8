/**
 * What the search index keeps in `<cacheDir>` between builds: each readout's parts and record
 * (`search-parts/<digest of the salt and its export>.json` and `.record.json`), each shard's Pagefind
 * files (`search-shards/<digest of its readouts' keys>/`, with what its fragments say beside them), and
 * which readout's parts each `search/p/<page id>/` of dist/ was written from. Every shard group
 * (shard-group.ts) opens it on its own thread; the build that merges them prunes what none of them used.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordsFileOf } from '../../words/files.ts';
import { readTree, syncFiles } from '../../build/sync-files.ts';
import type { IndexedReadout, MappedParagraph, WordCounts } from './layout.ts';
import type { ShownParagraph } from '../types.ts';
import type { VocabularyCounts } from './vocabulary.ts';
import type { SearchRecord } from './records.ts';

/**
 * What one readout adds to the index besides its Pagefind record: a function of its JSON export, the
 * glossary and this code. Kept apart from the record, which only a shard indexed again reads.
 */
export interface ReadoutParts {
  slug: string;
  mapped: MappedParagraph[];
  shown: ShownParagraph[];
  /** Each speaker's name (the facet's value) and its Arabic. */
  speakers: [string, string][];
  /** What its paragraphs add to the vocabulary. */
  vocabulary: VocabularyCounts;
  /** The words Pagefind counts in each paragraph's regions: foretold and checked, or measured (shard-group.ts). */
  counts?: WordCounts[];
}

/** Which cached readouts and shards a build used: the rest is pruned. */
export interface CacheUse {
  parts: string[];
  shards: string[];
}

/** What names a shard in the cache: which shard of how many, and its readouts' keys. */
export const shardMembers = (shard: number, shards: number, members: readonly { key: string }[]) =>
  `${shard}/${shards}:${members.map((m) => m.key).join(',')}`;

export function searchCache(cacheDir: string | undefined, salt: string) {
  const partsDir = cacheDir && join(cacheDir, 'search-parts');
  const shardsDir = cacheDir && join(cacheDir, 'search-shards');
  const digest = (...inputs: (string | Buffer)[]) => {
    const hash = createHash('sha256').update(salt);
    for (const input of inputs) hash.update('\0').update(input);
    return hash.digest('hex').slice(0, 32);
  };
  const used = new Set<string>();
  const usedShards = new Set<string>();
  return {
    /** A readout's key: its export's text and its word study (not in the export; the lexicon is in the salt). */
    key(slug: string, json: string | Buffer): string {
      const wordsFile = wordsFileOf(slug);
      return digest(
        Buffer.concat([
          typeof json === 'string' ? Buffer.from(json) : json,
          existsSync(wordsFile) ? readFileSync(wordsFile) : Buffer.alloc(0),
        ]),
      );
    },
    read(key: string): ReadoutParts | undefined {
      if (!partsDir) return undefined;
      used.add(key);
      try {
        return JSON.parse(readFileSync(join(partsDir, `${key}.json`), 'utf8')) as ReadoutParts;
      } catch {
        return undefined;
      }
    },
    /** The record of a readout whose parts were read. */
    record: (key: string): SearchRecord =>
      JSON.parse(readFileSync(join(partsDir!, `${key}.record.json`), 'utf8')) as SearchRecord,
    write(key: string, parts: ReadoutParts, record: SearchRecord) {
      if (!partsDir) return;
      mkdirSync(partsDir, { recursive: true });
      writeFileSync(join(partsDir, `${key}.record.json`), JSON.stringify(record));
      writeFileSync(join(partsDir, `${key}.json`), JSON.stringify(parts));
    },
    /**
     * A shard's files as last indexed, and what its fragments say (so they need not be unzipped again), if its
     * readouts (`members`: which shard, and their keys) are unchanged.
     */
    shard(members: string): { files: Map<string, Buffer>; indexed: IndexedReadout[] } | undefined {
      if (!shardsDir) return undefined;
      const key = digest(members);
      usedShards.add(key);
      const files = readTree(join(shardsDir, key));
      if (!files.has('pagefind-entry.json')) return undefined;
      try {
        const indexed = JSON.parse(readFileSync(join(shardsDir, `${key}.indexed.json`), 'utf8')) as IndexedReadout[];
        return { files, indexed };
      } catch {
        return undefined;
      }
    },
    /** Whether the shard of these readouts is kept, so a build need not index it again. */
    hasShard(members: string): boolean {
      if (!shardsDir) return false;
      const key = digest(members);
      return (
        existsSync(join(shardsDir, key, 'pagefind-entry.json')) && existsSync(join(shardsDir, `${key}.indexed.json`))
      );
    },
    writeShard(members: string, files: ReadonlyMap<string, Buffer>, indexed: readonly IndexedReadout[]) {
      if (!shardsDir) return;
      // Written beside, then renamed: a build stopped half-way leaves no shard that looks complete.
      const key = digest(members);
      usedShards.add(key);
      const dir = join(shardsDir, key);
      rmSync(dir, { recursive: true, force: true });
      syncFiles(`${dir}.partial`, files);
      writeFileSync(`${dir}.indexed.json`, JSON.stringify(indexed));
      renameSync(`${dir}.partial`, dir);
    },
    use: (): CacheUse => ({ parts: [...used], shards: [...usedShards] }),
  };
}

/** Whether the cache keeps any shard's Pagefind files: none before a first build, or after the cache was cleared. */
export function keepsShards(cacheDir: string): boolean {
  try {
    return readdirSync(join(cacheDir, 'search-shards')).some((file) => file.endsWith('.indexed.json'));
  } catch {
    return false;
  }
}

/** Deletes the readouts' parts and the shards no group used (readouts removed or changed since, shards whose readouts changed). */
export function pruneSearchCache(cacheDir: string | undefined, uses: readonly CacheUse[]) {
  if (!cacheDir) return;
  const prune = (dir: string, keep: Set<string>, name: (file: string) => string) => {
    try {
      for (const file of readdirSync(dir)) if (!keep.has(name(file))) rmSync(join(dir, file), { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  };
  prune(join(cacheDir, 'search-parts'), new Set(uses.flatMap((u) => u.parts)), (file) =>
    file.replace(/(\.record)?\.json$/, ''),
  );
  prune(join(cacheDir, 'search-shards'), new Set(uses.flatMap((u) => u.shards)), (file) =>
    file.replace(/\.indexed\.json$/, ''),
  );
}

/** Which readout's parts (by key) each `search/p/<page id>/` of dist/ was written from, by the last build. */
export function shownKeys(cacheDir: string | undefined): Record<string, string> {
  try {
    return cacheDir
      ? (JSON.parse(readFileSync(join(cacheDir, 'search-shown.json'), 'utf8')) as Record<string, string>)
      : {};
  } catch {
    return {};
  }
}

export function writeShownKeys(cacheDir: string | undefined, keys: Record<string, string>) {
  if (cacheDir) writeFileSync(join(cacheDir, 'search-shown.json'), JSON.stringify(keys));
}
