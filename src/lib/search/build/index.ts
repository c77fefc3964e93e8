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
 * Pagefind cannot add to an index (its issue #71), so pass 2 always indexes every readout. What
 * one readout contributes besides — its record, facets, shown paragraphs and pass-1 word counts —
 * depends only on its JSON export, the glossary and this code, so with a `cacheDir` it is kept
 * there between builds (`search-parts/<digest>.json`) and only new or changed readouts are
 * recomputed and counted.
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as pagefind from 'pagefind';
import { TERM_KIND_IDS } from '../../../schemas/term.ts';
import { speakerName } from '../../../schemas/readout.ts';
import { ar } from '../../../i18n/ar.ts';
import { en } from '../../../i18n/en.ts';
import type { Glossary } from '../../glossary/load.ts';
import type { ReadoutJson } from '../../readout/json.ts';
import type { FacetLabels } from '../map.ts';
import { buildParagraphMap, slotLayout, type MappedParagraph, type WordCounts } from './layout.ts';
import type { ShownParagraph } from '../types.ts';
import { CATALOGUE_PATH, VOCABULARY_DIR } from '../vocabulary.ts';
import { vocabularyCounts, vocabularyFrom, type VocabularyCounts } from './vocabulary.ts';
import { add, countWords, indexedReadout, newIndex } from './pagefind.ts';
import { searchRecord, shownParagraphs, termsOf, type SearchRecord } from './records.ts';
import { wordsFileOf } from '../../words/files.ts';
import { loadReadoutWords } from '../../words/load.ts';
import { lemmaForm } from '../../words/roots.ts';
import { withoutVowels } from '../../words/tokens.ts';

export interface IndexStats {
  readouts: number;
  paragraphs: number;
  files: number;
  /** Readouts whose parts came from the cache, not from their export. */
  reused: number;
  /** Milliseconds per step. */
  timings: Record<string, number>;
}

/** What one readout adds to the index apart from Pagefind's pass 2: a function of its JSON export, the glossary and this code. */
interface ReadoutParts {
  record: SearchRecord;
  mapped: MappedParagraph[];
  shown: ShownParagraph[];
  /** Each speaker's name (the facet's value) and its Arabic. */
  speakers: [string, string][];
  /** What its paragraphs add to the vocabulary. */
  vocabulary: VocabularyCounts;
  /** Pass 1: the words Pagefind counts in each paragraph's regions. */
  counts?: WordCounts[];
}

function partsOf(readout: ReadoutJson, glossary: Glossary): ReadoutParts {
  const record = searchRecord(readout, glossary, paragraphLemmas(readout.slug));
  return {
    record,
    mapped: readout.paragraphs.map((p) => ({
      speaker: p.speaker.name,
      kinds: [...new Set(termsOf(p, glossary).map((t) => en.glossary.kind[t.kind]))],
    })),
    shown: shownParagraphs(readout),
    speakers: readout.paragraphs.map((p) => [p.speaker.name, speakerName(readout, p.speaker.id, 'ar')]),
    vocabulary: vocabularyCounts(record.paragraphs.map((p) => p.written)),
  };
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

/** The parts kept between builds: `<cacheDir>/search-parts/<digest of the salt and the export>.json`. */
function partsCache(cacheDir: string | undefined, salt: string) {
  const dir = cacheDir && join(cacheDir, 'search-parts');
  const used = new Set<string>();
  return {
    key: (bytes: Buffer) => createHash('sha256').update(salt).update('\0').update(bytes).digest('hex').slice(0, 32),
    read(key: string): ReadoutParts | undefined {
      if (!dir) return undefined;
      used.add(key);
      try {
        return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as ReadoutParts;
      } catch {
        return undefined;
      }
    },
    write(key: string, parts: ReadoutParts) {
      if (!dir) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${key}.json`), JSON.stringify(parts));
    },
    /** Deletes the parts of readouts this build did not index (removed, or changed since). */
    prune() {
      if (!dir) return;
      for (const file of readdirSync(dir)) if (!used.has(file.replace(/\.json$/, ''))) rmSync(join(dir, file));
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
  const shownDir = join(dist, 'search/p');
  rmSync(shownDir, { recursive: true, force: true });
  const cache = partsCache(cacheDir, salt);
  const all: { key: string; parts: ReadoutParts; cached: boolean }[] = [];
  for (const file of globSync('readouts/*.json', { cwd: dist }).sort()) {
    const bytes = readFileSync(join(dist, file));
    // The word study is not in the export: its file is part of what the parts depend on (the lexicon is in the salt).
    const wordsFile = wordsFileOf(basename(file, '.json'));
    const key = cache.key(Buffer.concat([bytes, existsSync(wordsFile) ? readFileSync(wordsFile) : Buffer.alloc(0)]));
    const cached = cache.read(key);
    all.push({
      key,
      parts: cached ?? partsOf(JSON.parse(bytes.toString('utf8')) as ReadoutJson, glossary),
      cached: cached?.counts !== undefined,
    });
  }
  const records = all.map(({ parts }) => parts.record);
  const mapped = new Map(all.map(({ parts }) => [parts.record.slug, parts.mapped]));
  const shownBySlug = new Map(all.map(({ parts }) => [parts.record.slug, parts.shown]));
  /** Each speaker's name (the facet's value) and its Arabic, for the Arabic search page's filters. */
  const speakerNames = new Map(all.flatMap(({ parts }) => parts.speakers));
  lap('records');

  // Pass 1, only for the readouts whose counts are not kept.
  const uncounted = all.filter(({ cached }) => !cached);
  const counted = uncounted.length > 0 ? await countWords(uncounted.map(({ parts }) => parts.record)) : new Map();
  for (const { key, parts } of uncounted) {
    parts.counts = counted.get(parts.record.slug) ?? [];
    cache.write(key, parts);
  }
  cache.prune();
  const counts = new Map(all.map(({ parts }) => [parts.record.slug, parts.counts ?? []]));
  lap('pass 1 (word counts)');
  // Pass 2: the padded records, written to dist/.
  const index = await newIndex();
  const layouts = new Map<string, ReturnType<typeof slotLayout> & { regions: WordCounts[] }>();
  for (const record of records) {
    const regions = counts.get(record.slug) ?? [];
    const layout = { ...slotLayout(regions), regions };
    layouts.set(record.slug, layout);
    await add(index, record, layout);
  }
  lap('pass 2 (add)');
  const pagefindDir = join(dist, 'pagefind');
  const written = await index.writeFiles({ outputPath: pagefindDir });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  lap('pass 2 (write)');
  // Bayan has its own search interface; Pagefind's bundled UIs would only be dead weight in dist/.
  for (const file of globSync('pagefind/pagefind-{ui,component-ui,modular-ui,highlight}.*', { cwd: dist }))
    rmSync(join(dist, file));

  const indexed = globSync('fragment/*.pf_fragment', { cwd: pagefindDir }).map((file) =>
    indexedReadout(file, readFileSync(join(pagefindDir, file))),
  );
  const { map, facets } = buildParagraphMap(indexed, layouts, mapped);
  facets.labels = { ar: facetLabels(speakerNames) };
  for (const { page, slug } of indexed) {
    mkdirSync(join(shownDir, page), { recursive: true });
    for (const paragraph of shownBySlug.get(slug) ?? [])
      writeFileSync(join(shownDir, page, `${paragraph.n}.json`), JSON.stringify(paragraph));
  }
  writeFileSync(join(dist, 'search/map.json'), JSON.stringify(map));
  writeFileSync(join(dist, 'search/facets.json'), JSON.stringify(facets));
  lap('map, facets, shown paragraphs');
  writeVocabulary(
    dist,
    all.map(({ parts }) => parts.vocabulary),
  );
  lap('vocabulary');
  return {
    readouts: indexed.length,
    paragraphs: map.paragraphs,
    files: globSync('pagefind/**/*', { cwd: dist }).length,
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
  const dir = join(dist, VOCABULARY_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { files, catalogue } = vocabularyFrom(parts);
  for (const [path, content] of files) writeFileSync(join(dist, path), JSON.stringify(content));
  writeFileSync(join(dist, CATALOGUE_PATH), JSON.stringify(catalogue));
}
