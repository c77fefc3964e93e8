/**
 * Builds the search index from the built site's JSON exports (dist/readouts/*.json):
 *
 * - `pagefind/`: one Pagefind record per readout, each paragraph a `<section id="p-N">`
 *   in a slot of equal width (src/lib/search/map.ts). A paragraph's section holds
 *   its own words — the English gloss and translator's notes (stemmed by Pagefind's
 *   English stemmer), the Arabic as normalised variants (src/lib/search/text.ts) —
 *   then the names, forms and aliases of the glossary terms it mentions (so SCO
 *   finds منظمة شانغهاي للتعاون and back) and, for ranking, a hidden word per
 *   term, repeated by how plainly the paragraph names it (namingStrength).
 *   Pagefind indexes twice: once to count each region's words as it counts them,
 *   once with the padding that makes the slots equal.
 * - `search/map.json`: each readout's slot layout and its paragraphs' length
 *   classes; `search/facets.json`: each paragraph's speaker and kinds of term.
 * - `search/vocab/`: the index's words with their counts, split by first letter and
 *   length, for correcting a query word the index does not know.
 * - `search/p/<page id>/<n>.json`: what a result shows of a paragraph — clean text,
 *   loaded only for the results on screen. Keyed by Pagefind's page id, so the map
 *   needs no slugs.
 *
 * Pagefind cannot add to an index (its issue #71), so the readouts are indexed in a few shards
 * (shards.ts) and a build indexes again only the shards whose readouts changed. What one readout
 * contributes — its record, facets, shown paragraphs and pass-1 word counts — depends only on its
 * JSON export, the glossary and this code, so with a `cacheDir` it is kept there between builds
 * with each shard's Pagefind files, and only new or changed readouts are recomputed and counted.
 * Every file is written only when its bytes change (../../build/sync-files.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { TERM_KIND_IDS } from '../../../schemas/term.ts';
import { speakerName } from '../../../schemas/readout.ts';
import { ar } from '../../../i18n/ar.ts';
import { en } from '../../../i18n/en.ts';
import type { Glossary } from '../../glossary/load.ts';
import type { ReadoutJson } from '../../readout/json.ts';
import type { FacetLabels } from '../map.ts';
import { buildParagraphMap, slotLayout, type IndexedReadout, type MappedParagraph, type WordCounts } from './layout.ts';
import type { ShownParagraph } from '../types.ts';
import { CATALOGUE_PATH, VOCABULARY_DIR } from '../vocabulary.ts';
import { vocabularyCounts, vocabularyFrom, type VocabularyCounts } from './vocabulary.ts';
import { countWords, indexedReadout, indexFiles } from './pagefind.ts';
import { published, shardCount, shardDir, shardOf } from './shards.ts';
import { readTree, syncFiles, writeIfChanged } from '../../build/sync-files.ts';
import { searchRecord, shownParagraphs, termsOf, type SearchRecord } from './records.ts';
import { wordsFileOf } from '../../words/files.ts';
import { loadReadoutWords } from '../../words/load.ts';
import { lemmaForm } from '../../words/roots.ts';
import { withoutVowels } from '../../words/tokens.ts';

/** Where a result's paragraph text is kept: `search/p/<page id>/<n>.json`. */
const SHOWN_DIR = 'search/p';

/**
 * What the index writes in dist/ (dist-relative; a folder ends with a slash). The index keeps these
 * itself, rewriting only what changed, so src/integrations/keep-dist.ts leaves them alone.
 */
export const SEARCH_OUTPUTS = [
  'pagefind/',
  `${SHOWN_DIR}/`,
  `${VOCABULARY_DIR}/`,
  'search/map.json',
  'search/facets.json',
];

export interface IndexStats {
  readouts: number;
  paragraphs: number;
  /** Files in pagefind/. */
  files: number;
  /** How many Pagefind indexes (shards.ts), and how many of them this build indexed again. */
  shards: number;
  reindexed: number;
  /** Readouts whose parts came from the cache, not from their export. */
  reused: number;
  /** Milliseconds per step. */
  timings: Record<string, number>;
}

/**
 * What one readout adds to the index besides its Pagefind record: a function of its JSON export, the
 * glossary and this code. Kept apart from the record, which only a shard indexed again reads.
 */
interface ReadoutParts {
  slug: string;
  mapped: MappedParagraph[];
  shown: ShownParagraph[];
  /** Each speaker's name (the facet's value) and its Arabic. */
  speakers: [string, string][];
  /** What its paragraphs add to the vocabulary. */
  vocabulary: VocabularyCounts;
  /** Pass 1: the words Pagefind counts in each paragraph's regions. */
  counts?: WordCounts[];
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

/**
 * What is kept between builds in `<cacheDir>`: each readout's parts and record (`search-parts/<digest
 * of the salt and its export>.json` and `.record.json`) and each shard's Pagefind files (`search-shards/<digest of its readouts' keys>/`).
 */
function searchCache(cacheDir: string | undefined, salt: string) {
  const partsDir = cacheDir && join(cacheDir, 'search-parts');
  const shardsDir = cacheDir && join(cacheDir, 'search-shards');
  const digest = (...inputs: (string | Buffer)[]) => {
    const hash = createHash('sha256').update(salt);
    for (const input of inputs) hash.update('\0').update(input);
    return hash.digest('hex').slice(0, 32);
  };
  const used = new Set<string>();
  const usedShards = new Set<string>();
  /** Deletes what this build did not use (readouts removed or changed since, shards whose readouts changed). */
  const pruneDir = (dir: string | undefined, keep: Set<string>, name: (file: string) => string) => {
    if (!dir) return;
    for (const file of readdirSync(dir)) if (!keep.has(name(file))) rmSync(join(dir, file), { recursive: true });
  };
  return {
    key: (bytes: Buffer) => digest(bytes),
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
    writeShard(members: string, files: ReadonlyMap<string, Buffer>, indexed: readonly IndexedReadout[]) {
      if (!shardsDir) return;
      // Written beside, then renamed: a build stopped half-way leaves no shard that looks complete.
      const dir = join(shardsDir, digest(members));
      rmSync(dir, { recursive: true, force: true });
      syncFiles(`${dir}.partial`, files);
      writeFileSync(`${dir}.indexed.json`, JSON.stringify(indexed));
      renameSync(`${dir}.partial`, dir);
    },
    /** Which readout's parts (by key) each `search/p/<page id>/` of dist/ was written from, by the last build. */
    shownKeys(): Record<string, string> {
      try {
        return cacheDir
          ? (JSON.parse(readFileSync(join(cacheDir, 'search-shown.json'), 'utf8')) as Record<string, string>)
          : {};
      } catch {
        return {};
      }
    },
    writeShownKeys(keys: Record<string, string>) {
      if (cacheDir) writeFileSync(join(cacheDir, 'search-shown.json'), JSON.stringify(keys));
    },
    prune() {
      pruneDir(partsDir, used, (file) => file.replace(/(\.record)?\.json$/, ''));
      pruneDir(shardsDir, usedShards, (file) => file.replace(/\.indexed\.json$/, ''));
    },
  };
}

/**
 * Indexes dist/readouts/*.json. `cacheDir` keeps each readout's parts between builds; `salt`
 * must change whenever the glossary or the indexing code does (the integration passes the
 * digest of src/lib/ and the glossary, src/lib/markdown/inputs.ts, and Pagefind's version).
 */
export async function buildSearchIndex(
  dist: string,
  glossary: Glossary,
  { cacheDir, salt = '' }: { cacheDir?: string | undefined; salt?: string } = {},
): Promise<IndexStats> {
  const timings: Record<string, number> = {};
  let last = performance.now();
  const lap = (step: string) => {
    const now = performance.now();
    timings[step] = Math.round(now - last);
    last = now;
  };
  const cache = searchCache(cacheDir, salt);
  const all: { key: string; parts: ReadoutParts; record?: SearchRecord }[] = [];
  for (const file of globSync('readouts/*.json', { cwd: dist }).sort()) {
    const bytes = readFileSync(join(dist, file));
    // The word study is not in the export: its file is part of what the parts depend on (the lexicon is in the salt).
    const wordsFile = wordsFileOf(basename(file, '.json'));
    const key = cache.key(Buffer.concat([bytes, existsSync(wordsFile) ? readFileSync(wordsFile) : Buffer.alloc(0)]));
    const cached = cache.read(key);
    all.push(
      cached?.counts
        ? { key, parts: cached }
        : { key, ...partsOf(JSON.parse(bytes.toString('utf8')) as ReadoutJson, glossary) },
    );
  }
  const mapped = new Map(all.map(({ parts }) => [parts.slug, parts.mapped]));
  const shownBySlug = new Map(all.map(({ parts }) => [parts.slug, parts.shown]));
  /** Each speaker's name (the facet's value) and its Arabic, for the Arabic search page's filters. */
  const speakerNames = new Map(all.flatMap(({ parts }) => parts.speakers));
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
  const layouts = new Map<string, ReturnType<typeof slotLayout> & { regions: WordCounts[] }>();
  for (const { parts } of all) {
    const regions = parts.counts ?? [];
    layouts.set(parts.slug, { ...slotLayout(regions), regions });
  }
  const shards = shardCount(all.length);
  const bundle = new Map<string, Buffer>();
  let reindexed = 0;
  const unsorted: IndexedReadout[] = [];
  for (let shard = 0; shard < shards; shard++) {
    const members = all.filter(({ parts }) => shardOf(parts.slug, shards) === shard);
    const key = `${shard}/${shards}:${members.map((m) => m.key).join(',')}`;
    let kept = cache.shard(key);
    if (!kept) {
      const files = await indexFiles(
        members.map(({ key, parts, record }) => ({
          record: record ?? cache.record(key),
          padding: layouts.get(parts.slug)!,
        })),
      );
      // Each readout's page id and anchors, read back from its fragment once, when the shard is indexed.
      const indexed = [...files]
        .filter(([path]) => /^fragment\/[^/]+\.pf_fragment$/.test(path))
        .map(([path, bytes]) => indexedReadout(path, bytes));
      cache.writeShard(key, files, indexed);
      kept = { files, indexed };
      reindexed++;
    }
    for (const [path, bytes] of kept.files) if (published(path, shard)) bundle.set(`${shardDir(shard)}${path}`, bytes);
    unsorted.push(...kept.indexed);
  }
  await pagefind.close();
  cache.prune();
  lap(`pass 2 (${reindexed} of ${shards} shards)`);
  const synced = syncFiles(join(dist, 'pagefind'), bundle);
  lap(`pagefind/ (${synced.written} files written, ${synced.deleted} deleted)`);

  const indexed = unsorted.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
  const { map, facets } = buildParagraphMap(indexed, layouts, mapped);
  if (shards > 1) map.shards = Array.from({ length: shards - 1 }, (_, i) => `pagefind/${shardDir(i + 1)}`);
  facets.labels = { ar: facetLabels(speakerNames) };
  // A readout's texts are written again only if its parts changed since the build that wrote them (or they are missing).
  const keyBySlug = new Map(all.map(({ key, parts }) => [parts.slug, key]));
  const previous = cache.shownKeys();
  const current: Record<string, string> = {};
  const unchanged = new Set<string>();
  const shownFiles = new Map<string, string>();
  for (const { page, slug } of indexed) {
    current[page] = keyBySlug.get(slug)!;
    if (previous[page] === current[page] && existsSync(join(dist, SHOWN_DIR, page))) unchanged.add(page);
    else
      for (const paragraph of shownBySlug.get(slug) ?? [])
        shownFiles.set(`${page}/${paragraph.n}.json`, JSON.stringify(paragraph));
  }
  const shown = syncFiles(join(dist, SHOWN_DIR), shownFiles, (path) => unchanged.has(path));
  cache.writeShownKeys(current);
  writeIfChanged(join(dist, 'search/map.json'), JSON.stringify(map));
  writeIfChanged(join(dist, 'search/facets.json'), JSON.stringify(facets));
  lap(`map, facets, shown paragraphs (${shown.written} written, ${shown.deleted} deleted)`);
  writeVocabulary(
    dist,
    all.map(({ parts }) => parts.vocabulary),
  );
  lap('vocabulary');
  return {
    readouts: indexed.length,
    paragraphs: map.paragraphs,
    files: bundle.size,
    shards,
    reindexed,
    reused: all.length - uncounted.length,
    timings,
  };
}

/** The Arabic search page's names for the facets' values: speakers, and kinds of term from the Arabic dictionary. */
function facetLabels(speakerNames: ReadonlyMap<string, string>): FacetLabels {
  const kinds = TERM_KIND_IDS;
  return {
    speaker: Object.fromEntries(speakerNames),
    kind: Object.fromEntries(kinds.map((kind) => [en.glossary.kind[kind], ar.glossary.kind[kind]])),
  };
}

/** `search/vocab/`: the words every paragraph is indexed with, for telling unknown words and correcting them (src/lib/search/vocabulary.ts). */
function writeVocabulary(dist: string, parts: readonly VocabularyCounts[]) {
  const { files, catalogue } = vocabularyFrom(parts);
  const contents = new Map<string, string>();
  for (const [path, content] of files) contents.set(relative(VOCABULARY_DIR, path), JSON.stringify(content));
  contents.set(relative(VOCABULARY_DIR, CATALOGUE_PATH), JSON.stringify(catalogue));
  syncFiles(join(dist, VOCABULARY_DIR), contents);
}
