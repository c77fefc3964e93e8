/**
 * The paragraph map: how the browser turns Pagefind's readout-level hits into
 * paragraphs without downloading anything per paragraph.
 *
 * Pagefind loads one line per record when search starts, so one record per
 * paragraph would make a first search grow with every paragraph of the collection. Bayan indexes one
 * record per readout instead, one region after another for each paragraph: its own words, then the
 * glossary names it is indexed with. Each region is padded with "·", which Pagefind counts as a word
 * but does not index (so the padding costs nothing in the index the browser loads), to the width of
 * its length class: the most words a region of that class can hold. The class is the length to within
 * 19 % (a class c stands for 2^(c/2) words, like Lucene's one-byte norms), one character a region, so
 * the map holds two characters a paragraph and the browser adds the widths up to find where each
 * paragraph starts; a matched word position then names its paragraph. The own words' class is also
 * what ranking needs to prefer a short paragraph about BRICS to a long one that names it in passing.
 *
 * What only the /search/ page's filters need (each paragraph's speaker and
 * kinds of term) is in a second file, the facets. Both are built by build/layout.ts;
 * this module is what the build and the browser share.
 */

export interface ParagraphMap {
  /** How many paragraphs the collection holds (for the rarity of a word). */
  paragraphs: number;
  /**
   * Pagefind's page id → each paragraph's length class (see lengthClass), one base-36 digit a paragraph:
   * of its own words, and of the glossary names it is indexed with. Each region is as wide as its class.
   */
  layouts: Record<string, [lengths: string, names: string]>;
  /** The index's other shards (search/build/shards.ts), site-relative folders the browser merges with Pagefind's `mergeIndex`; absent with one. */
  shards?: string[];
}

/** A length in words as one base-36 digit: round(2·log2(words)), so lengths up to 2^17 words fit. */
export const lengthClass = (words: number) => Math.min(35, Math.round(2 * Math.log2(Math.max(words, 1)))).toString(36);
/** The length (in words) a class stands for. */
export const classLength = (digit: string) => 2 ** (parseInt(digit, 36) / 2);
/**
 * How many word positions a region of this class takes in the index: the most words of the class, the
 * least below 2^((c + 0.5) / 2), where Math.round in lengthClass moves to the next class.
 */
export const classWidth = (digit: string) => Math.floor(2 ** ((parseInt(digit, 36) + 0.5) / 2));

/** Where each paragraph of a readout starts in its record, and where its own words end (word positions). */
export function paragraphRegions([lengths, names]: readonly [string, string]): { start: number; names: number }[] {
  const regions: { start: number; names: number }[] = [];
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    const start = at;
    at += classWidth(lengths[i]!);
    regions.push({ start, names: at });
    at += classWidth(names[i] ?? '0');
  }
  return regions;
}

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

/** The id of the element that holds a paragraph's glossary names in its search record. */
export const namesAnchor = (n: number) => `n-${n}`;
