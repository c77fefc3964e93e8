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
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { TERM_KIND_IDS, type Term } from '../../../schemas/term.ts';
import { speakerName } from '../../../schemas/readout.ts';
import { ar } from '../../../i18n/ar.ts';
import { en } from '../../../i18n/en.ts';
import { xml } from '../../outputs/exports.ts';
import type { Glossary } from '../../glossary/load.ts';
import type { ParagraphJson, ReadoutJson } from '../../readout/json.ts';
import { readoutPath, readoutSlugOf } from '../../site/urls.ts';
import { buildParagraphMap, namesAnchor, type FacetLabels, slotLayout, wordCounts, type IndexedReadout, type MappedParagraph, type WordCounts } from '../map.ts';
import { arabicIndexText, isArabic, namingStrength, termToken } from '../text.ts';
import type { ShownParagraph } from '../types.ts';
import { CATALOGUE_PATH, VOCABULARY_DIR } from '../vocabulary.ts';
import { buildVocabulary } from './vocabulary.ts';

export interface IndexStats {
  readouts: number;
  paragraphs: number;
  files: number;
}

/** A readout as the index sees it: per paragraph, its own words and its glossary names. */
interface SearchRecord {
  slug: string;
  /** Per paragraph: its own words and its glossary names as indexed, and all of them as written (for the vocabulary). */
  paragraphs: { own: string; names: string; written: string }[];
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
  for (const file of globSync('pagefind/pagefind-{ui,component-ui,modular-ui,highlight}.*', { cwd: dist })) rmSync(join(dist, file));

  const indexed = globSync('fragment/*.pf_fragment', { cwd: pagefindDir }).map((file) => indexedReadout(file, readFileSync(join(pagefindDir, file))));
  const { map, facets } = buildParagraphMap(indexed, layouts, mapped);
  facets.labels = { ar: facetLabels(speakerNames) };
  for (const { page, slug } of indexed) {
    mkdirSync(join(shownDir, page), { recursive: true });
    for (const paragraph of shownBySlug.get(slug) ?? []) writeFileSync(join(shownDir, page, `${paragraph.n}.json`), JSON.stringify(paragraph));
  }
  writeFileSync(join(dist, 'search/map.json'), JSON.stringify(map));
  writeFileSync(join(dist, 'search/facets.json'), JSON.stringify(facets));
  writeVocabulary(dist, records);
  return { readouts: indexed.length, paragraphs: map.paragraphs, files: globSync('pagefind/**/*', { cwd: dist }).length };
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

/** Pass 1, in memory: how many words Pagefind counts in each region of each paragraph. */
async function countWords(records: readonly SearchRecord[]): Promise<Map<string, WordCounts[]>> {
  const index = await newIndex();
  for (const record of records) await add(index, record);
  const { errors, files } = await index.getFiles();
  if (errors.length > 0) throw new Error(`Pagefind could not count words: ${errors.join('; ')}`);
  const paragraphs = new Map(records.map((r) => [r.slug, r.paragraphs.length]));
  const counts = new Map<string, WordCounts[]>();
  for (const file of files) {
    if (!file.path.startsWith('fragment/')) continue;
    const readout = indexedReadout(file.path, Buffer.from(file.content));
    counts.set(readout.slug, wordCounts(readout, paragraphs.get(readout.slug) ?? 0));
  }
  await index.deleteIndex();
  return counts;
}

async function newIndex() {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** Padding: a word to Pagefind's count, but not one it indexes. */
const pad = (words: number) => ' ·'.repeat(words);

async function add(index: pagefind.PagefindIndex, record: SearchRecord, padding?: { slot: number; own: number; regions: WordCounts[] }) {
  const sections = record.paragraphs.map((p, i) => {
    const region = padding?.regions[i];
    const ownPad = padding && region ? pad(padding.own - region.own) : '';
    const namesPad = padding && region ? pad(padding.slot - padding.own - region.names) : '';
    return `<section id="p-${i + 1}">${xml(p.own)}${ownPad}\n<div id="${namesAnchor(i + 1)}">${xml(p.names)}${namesPad}</div></section>`;
  });
  const html = `<!doctype html><html lang="en"><head><title>${xml(record.slug)}</title></head><body><main data-pagefind-body>${sections.join('')}</main></body></html>`;
  const response = await index.addHTMLFile({ url: `/${readoutPath(record.slug)}`, content: html });
  if (response.errors.length > 0) throw new Error(`Pagefind rejected ${record.slug}: ${response.errors.join('; ')}`);
}

/** Everything that should find each paragraph: its own words, then the names of the glossary terms it mentions. */
function searchRecord(readout: ReadoutJson, glossary: Glossary): SearchRecord {
  return {
    slug: readout.slug,
    paragraphs: readout.paragraphs.map((p) => {
      const english = p.text['en'] ?? '';
      const original = p.text[readout.lang] ?? '';
      const terms = termsOf(p, glossary);
      const names = terms.flatMap(termNames);
      const strength = namingStrength(english, original);
      const hidden = terms.flatMap((t) => Array<string>(strength(termNames(t))).fill(termToken(t.id)));
      const notes = p.notes.filter((n) => !isArabic(n));
      return {
        own: [english, ...notes, arabicIndexText(original)].join('\n'),
        names: [names.filter((n) => !isArabic(n)).join(' · '), arabicIndexText(names.filter(isArabic).join(' ')), hidden.join(' ')].join('\n'),
        written: [english, ...notes, original, ...names].join('\n'),
      };
    }),
  };
}

const termsOf = (p: ParagraphJson, glossary: Glossary) => p.terms.map((id) => glossary.byId.get(id)).filter((t) => t !== undefined);

const termNames = (t: Term) => [t.name.en, t.name.ar, ...t.forms.en, ...t.forms.ar, ...t.aliases];

/** The clean text a result shows of each paragraph. */
function shownParagraphs(readout: ReadoutJson): ShownParagraph[] {
  return readout.paragraphs.map((p) => ({
    title: readout.title.en,
    titleOriginal: readout.title.ar,
    slug: readout.slug,
    n: String(p.n),
    speaker: { en: speakerName(readout, p.speaker.id, 'en'), ar: speakerName(readout, p.speaker.id, 'ar') },
    date: readout.date,
    lang: readout.lang,
    original: p.text[readout.lang] ?? '',
    english: p.text['en'] ?? '',
    segments: spansOf(p, readout.lang),
  }));
}

/** Each segment's place in the paragraph's two texts (the export gives their texts, which follow one another in order). */
function spansOf(p: ParagraphJson, lang: string): ShownParagraph['segments'] {
  const at = { original: 0, english: 0 };
  const locate = (text: string, part: string, side: keyof typeof at): [number, number] => {
    const start = text.indexOf(part, at[side]);
    at[side] = start + part.length;
    return [start, at[side]];
  };
  return p.segments.map((s) => ({ original: locate(p.text[lang] ?? '', s.text[lang] ?? '', 'original'), english: locate(p.text['en'] ?? '', s.text['en'] ?? '', 'english') }));
}

/** A Pagefind fragment, read back: gzipped JSON behind Pagefind's 12-byte signature ("pagefind_dcd"). */
function indexedReadout(path: string, bytes: Buffer): IndexedReadout {
  const fragment = JSON.parse(gunzipSync(bytes).subarray(12).toString('utf8')) as { url: string; word_count: number; anchors: IndexedReadout['anchors'] };
  const slug = readoutSlugOf(fragment.url) ?? fragment.url;
  return { page: basename(path, '.pf_fragment'), slug, wordCount: fragment.word_count, anchors: fragment.anchors };
}
