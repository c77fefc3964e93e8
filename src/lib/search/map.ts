/**
 * The paragraph map: how the browser turns Pagefind's readout-level hits into
 * paragraphs without downloading anything per paragraph.
 *
 * Pagefind loads one line per record when search starts, so one record per
 * paragraph would make a first search grow with every paragraph of the collection. Bayan indexes one
 * record per readout instead, and lays each record out in equal slots, one per
 * paragraph: paragraph k (from 0) takes word positions [k·slot, (k+1)·slot),
 * its own words first, the glossary names it is indexed with from k·slot + own.
 * Each region is padded with "·", which Pagefind counts as a word but does not
 * index, so the padding costs nothing in the index the browser loads. A matched
 * word position then names its paragraph by division. Besides the two numbers
 * of its layout, the map keeps for each readout one character per paragraph:
 * the length of its own words to within 19 % (a class c stands for 2^(c/2)
 * words, like Lucene's one-byte norms), which is what ranking needs to prefer
 * a short paragraph about BRICS to a long one that names it in passing.
 *
 * What only the /search/ page's filters need (each paragraph's speaker and
 * kinds of term) is in a second file, the facets.
 */

export interface ParagraphMap {
  /** How many paragraphs the collection holds (for the rarity of a word). */
  paragraphs: number;
  /**
   * Pagefind's page id → the readout's slot and own-words region, in word positions,
   * and each paragraph's length class (see lengthClass), one base-36 digit a paragraph.
   */
  slots: Record<string, [slot: number, own: number, lengths: string]>;
}

/** A length in words as one base-36 digit: round(2·log2(words)), so lengths up to 2^17 words fit. */
export const lengthClass = (words: number) => Math.min(35, Math.round(2 * Math.log2(Math.max(words, 1)))).toString(36);
/** The length (in words) a class stands for. */
export const classLength = (digit: string) => 2 ** (parseInt(digit, 36) / 2);

export interface Facets {
  /** Speaker names; a paragraph's speaker is an index into this list. */
  speakers: string[];
  /** Kinds of glossary term; a paragraph's kinds are a bit mask over this list. */
  kinds: string[];
  /** Pagefind's page id → per paragraph: its speaker, and the kinds of term it names. */
  readouts: Record<string, [speakers: number[], kinds: number[]]>;
  /** By interface language other than English: what each value above is called there (the values stay the filters' values). */
  labels?: Record<string, FacetLabels>;
}

export interface FacetLabels {
  speaker: Record<string, string>;
  kind: Record<string, string>;
}

/** What the index builder knows about a paragraph before Pagefind has counted its words. */
export interface MappedParagraph {
  speaker: string;
  kinds: string[];
}

/** The id of the element that holds a paragraph's glossary names in its search record. */
export const namesAnchor = (n: number) => `n-${n}`;

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
    const start = at(`p-${i + 1}`);
    const names = at(namesAnchor(i + 1));
    const end = i + 1 < paragraphs ? at(`p-${i + 2}`) : wordCount;
    return { own: names - start, names: end - names };
  });
}

/** The slot layout for a readout: every paragraph's regions as wide as the widest. */
export function slotLayout(counts: readonly WordCounts[]): { slot: number; own: number } {
  const own = Math.max(0, ...counts.map((c) => c.own));
  return { slot: own + Math.max(0, ...counts.map((c) => c.names)), own };
}

/**
 * The map and facets, from the padded records. Checks that Pagefind placed every
 * paragraph where the layout says, since a shifted paragraph would send results astray.
 */
export function buildParagraphMap(
  indexed: readonly IndexedReadout[],
  layouts: ReadonlyMap<string, { slot: number; own: number; regions: readonly WordCounts[] }>,
  bySlug: ReadonlyMap<string, MappedParagraph[]>,
): { map: ParagraphMap; facets: Facets } {
  const all = [...bySlug.values()].flat();
  const speakers = [...new Set(all.map((p) => p.speaker))].sort();
  const kinds = [...new Set(all.flatMap((p) => p.kinds))].sort();
  if (kinds.length > 31) throw new Error(`the facets pack kinds of term into 31 bits; the glossary has ${kinds.length}`);
  const map: ParagraphMap = { paragraphs: all.length, slots: {} };
  const facets: Facets = { speakers, kinds, readouts: {} };
  for (const { page, slug, anchors } of indexed) {
    const paragraphs = bySlug.get(slug);
    const layout = layouts.get(slug);
    if (!paragraphs || !layout) throw new Error(`the search index holds ${slug}, which is not a built readout`);
    const at = anchorLocator(slug, anchors);
    paragraphs.forEach((_, i) => {
      for (const [id, expected] of [[`p-${i + 1}`, i * layout.slot], [namesAnchor(i + 1), i * layout.slot + layout.own]] as const) {
        if (at(id) !== expected) throw new Error(`the search index placed section ${id} of ${slug} at word ${at(id)}, not ${expected}`);
      }
    });
    map.slots[page] = [layout.slot, layout.own, layout.regions.map((r) => lengthClass(r.own)).join('')];
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
