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
 */
import { globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
import { buildVocabulary } from './vocabulary.ts';
import { add, countWords, indexedReadout, newIndex } from './pagefind.ts';
import { searchRecord, shownParagraphs, termsOf, type SearchRecord } from './records.ts';

export interface IndexStats {
  readouts: number;
  paragraphs: number;
  files: number;
}

export async function buildSearchIndex(dist: string, glossary: Glossary): Promise<IndexStats> {
  const records: SearchRecord[] = [];
  const mapped = new Map<string, MappedParagraph[]>();
  const shownDir = join(dist, 'search/p');
  rmSync(shownDir, { recursive: true, force: true });
  const shownBySlug = new Map<string, ShownParagraph[]>();
  /** Each speaker's name (the facet's value) and its Arabic, for the Arabic search page's filters. */
  const speakerNames = new Map<string, string>();
  for (const file of globSync('readouts/*.json', { cwd: dist })) {
    const readout = JSON.parse(readFileSync(join(dist, file), 'utf8')) as ReadoutJson;
    records.push(searchRecord(readout, glossary));
    mapped.set(
      readout.slug,
      readout.paragraphs.map((p) => ({
        speaker: p.speaker.name,
        kinds: [...new Set(termsOf(p, glossary).map((t) => en.glossary.kind[t.kind]))],
      })),
    );
    shownBySlug.set(readout.slug, shownParagraphs(readout));
    for (const p of readout.paragraphs) speakerNames.set(p.speaker.name, speakerName(readout, p.speaker.id, 'ar'));
  }

  const counts = await countWords(records);
  // Pass 2: the padded records, written to dist/.
  const index = await newIndex();
  const layouts = new Map<string, ReturnType<typeof slotLayout> & { regions: WordCounts[] }>();
  for (const record of records) {
    const regions = counts.get(record.slug) ?? [];
    const layout = { ...slotLayout(regions), regions };
    layouts.set(record.slug, layout);
    await add(index, record, layout);
  }
  const pagefindDir = join(dist, 'pagefind');
  const written = await index.writeFiles({ outputPath: pagefindDir });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
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
  writeVocabulary(dist, records);
  return {
    readouts: indexed.length,
    paragraphs: map.paragraphs,
    files: globSync('pagefind/**/*', { cwd: dist }).length,
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
function writeVocabulary(dist: string, records: readonly SearchRecord[]) {
  const dir = join(dist, VOCABULARY_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { files, catalogue } = buildVocabulary(records.flatMap((r) => r.paragraphs.map((p) => p.written)));
  for (const [path, content] of files) writeFileSync(join(dist, path), JSON.stringify(content));
  writeFileSync(join(dist, CATALOGUE_PATH), JSON.stringify(catalogue));
}
