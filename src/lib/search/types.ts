/** Shapes shared by the search index builder, /search/terms.json and the search scripts. */

/** A glossary entry as the search box needs it. */
export interface SearchTerm {
  id: string;
  en: string;
  ar: string;
  /** Every name, form and alias as the search box normalises it (tokens joined by spaces). */
  keys: string[];
}

/** What a search result shows of a paragraph: `/search/p/<slug>/<n>.json`. */
export interface ShownParagraph {
  title: string;
  titleOriginal: string;
  slug: string;
  n: string;
  /** The speaker's name in each interface language. */
  speaker: { en: string; ar: string };
  date: string;
  lang: string;
  original: string;
  english: string;
  /** The aligned sentences: [start, end] in `original` and in `english`. */
  segments: { original: [number, number]; english: [number, number] }[];
}
