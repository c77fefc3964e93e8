/**
 * The records' layout from the words Pagefind counts in each region (foretold, then checked against
 * where it placed each section), and the paragraph map and facets (../map.ts). Node-only.
 */
import { classWidth, lengthClass, namesAnchor, paragraphRegions, type Facets, type ParagraphMap } from '../map.ts';
import { paragraphId } from '../../readout/paragraph-hash.ts';
import type { SearchRecord } from './records.ts';

/** What the index builder knows about a paragraph before Pagefind has counted its words. */
export interface MappedParagraph {
  speaker: string;
  kinds: string[];
}

/** What Pagefind stored for one readout: its page id, word count and where each `id`-carrying element starts. */
export interface IndexedReadout {
  page: string;
  slug: string;
  wordCount: number;
  anchors: { id: string; location: number }[];
}

/** How many words of each paragraph Pagefind counted: its own, then its glossary names. */
export interface WordCounts {
  own: number;
  names: number;
}

/** Reads, from an unpadded record, how many words Pagefind counts in each paragraph's two regions. */
export function wordCounts({ slug, wordCount, anchors }: IndexedReadout, paragraphs: number): WordCounts[] {
  const at = anchorLocator(slug, anchors);
  return Array.from({ length: paragraphs }, (_, i) => {
    const start = at(paragraphId(i + 1));
    const names = at(namesAnchor(i + 1));
    const end = i + 1 < paragraphs ? at(paragraphId(i + 2)) : wordCount;
    return { own: names - start, names: end - names };
  });
}

/**
 * How many words Pagefind will count in each region of a record, foretold: one for each run of
 * characters between white space, which is what Pagefind's own count (wordCounts on an unpadded index)
 * gave for all 18,018 paragraphs of the 1,000-readout benchmark. shard-group.ts checks every readout
 * against where Pagefind then placed its sections (laidOutAsCounted) and measures any that differ.
 */
export function foretoldCounts(record: SearchRecord): WordCounts[] {
  const words = (text: string) => text.split(/\s+/).filter((word) => word !== '').length;
  return record.paragraphs.map((p) => ({ own: words(p.own), names: words(p.names) }));
}

/**
 * Where Pagefind's placing of a padded record departs from what its counts lay out — a section lost or
 * placed elsewhere, or another count of words in all — or undefined where it does not.
 */
export function misplacement({ slug, wordCount, anchors }: IndexedReadout, counts: readonly WordCounts[]) {
  const locations = new Map(anchors.map((a) => [a.id, a.location]));
  const layout = recordLayout(counts);
  const regions = paragraphRegions(layout);
  for (const [i, region] of regions.entries())
    for (const [id, expected] of [
      [paragraphId(i + 1), region.start],
      [namesAnchor(i + 1), region.names],
    ] as const) {
      const location = locations.get(id);
      if (location === undefined) return `the search index lost section ${id} of ${slug}`;
      if (location !== expected)
        return `the search index placed section ${id} of ${slug} at word ${location}, not ${expected}`;
    }
  const end = regions.length > 0 ? regions.at(-1)!.names + classWidth(layout[1].at(-1)!) : 0;
  return wordCount === end ? undefined : `the search index counted ${wordCount} words in ${slug}, not ${end}`;
}

/** Did Pagefind place a padded record's sections where these counts lay them out, and count as many words in all? */
export const laidOutAsCounted = (readout: IndexedReadout, counts: readonly WordCounts[]) =>
  misplacement(readout, counts) === undefined;

/** A readout's layout: each region's length class (one base-36 digit each), as the map keeps it. */
export function recordLayout(counts: readonly WordCounts[]): [lengths: string, names: string] {
  return [counts.map((c) => lengthClass(c.own)).join(''), counts.map((c) => lengthClass(c.names)).join('')];
}

/** How many padding words each region needs to be as wide as its class. */
export function padding(counts: readonly WordCounts[]): WordCounts[] {
  const fill = (words: number) => {
    const width = classWidth(lengthClass(words));
    // The last class stands for every length from 2^17.25 words up, but is only so wide.
    if (words > width)
      throw new Error(`a search record region of ${words} words is longer than the layout allows (${width})`);
    return width - words;
  };
  return counts.map((c) => ({ own: fill(c.own), names: fill(c.names) }));
}

/**
 * The map and facets, from the padded records. Checks that Pagefind placed every
 * paragraph where the layout says, since a shifted paragraph would send results astray.
 */
export function buildParagraphMap(
  indexed: readonly IndexedReadout[],
  countsBySlug: ReadonlyMap<string, readonly WordCounts[]>,
  bySlug: ReadonlyMap<string, MappedParagraph[]>,
): { map: ParagraphMap; facets: Facets } {
  const all = [...bySlug.values()].flat();
  const speakers = [...new Set(all.map((p) => p.speaker))].sort();
  const kinds = [...new Set(all.flatMap((p) => p.kinds))].sort();
  if (kinds.length > 31)
    throw new Error(`the facets pack kinds of term into 31 bits; the glossary has ${kinds.length}`);
  const map: ParagraphMap = { paragraphs: all.length, layouts: {} };
  const facets: Facets = { speakers, kinds, readouts: {} };
  for (const readout of indexed) {
    const { page, slug } = readout;
    const paragraphs = bySlug.get(slug);
    const counts = countsBySlug.get(slug);
    if (!paragraphs || !counts) throw new Error(`the search index holds ${slug}, which is not a built readout`);
    const layout = recordLayout(counts);
    if (counts.length !== paragraphs.length)
      throw new Error(
        `the search index counted ${counts.length} paragraphs of ${slug}, which has ${paragraphs.length}`,
      );
    const problem = misplacement(readout, counts);
    if (problem) throw new Error(problem);
    map.layouts[page] = layout;
    facets.readouts[page] = [
      paragraphs.map((p) => speakers.indexOf(p.speaker)),
      paragraphs.map((p) => p.kinds.reduce((mask, k) => mask | (1 << kinds.indexOf(k)), 0)),
    ];
  }
  return { map, facets };
}

function anchorLocator(slug: string, anchors: IndexedReadout['anchors']) {
  const locations = new Map(anchors.map((a) => [a.id, a.location]));
  return (id: string) => {
    const location = locations.get(id);
    if (location === undefined) throw new Error(`the search index lost section ${id} of ${slug}`);
    return location;
  };
}
