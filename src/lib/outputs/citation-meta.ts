/**
 * The `<meta>` tags reference managers read from a page's head: Highwire Press `citation_*` (Zotero,
 * Mendeley, Google Scholar) and Dublin Core (`DC.*`, `DCTERMS.*`). They say what cslJson() and bibtex()
 * say (citation.ts), as far as each vocabulary can, and are the same in both interfaces: they are data.
 * Which tags Zotero's "Embedded Metadata" translator reads, and why some are left out: docs/exports.md.
 */
import { paragraphCitation, type CiteTarget } from './citation.ts';

export interface MetaTag {
  name: string;
  content: string;
  /** Only where the value is not in the page's language: the original's title. */
  lang?: string;
}

export function citationMeta(target: Pick<CiteTarget, 'data' | 'n' | 'url'>): MetaTag[] {
  const { data, n } = target;
  // Like CSL's URL: the readout, without the paragraph's fragment (the paragraph is the locator).
  const url = target.url.replace(/#.*$/, '');
  return [
    { name: 'citation_title', content: data.title.en },
    { name: 'DC.title', content: data.title.en },
    // A second title, in Arabic: Dublin Core repeats an element; Zotero keeps the first.
    { name: 'DC.title', content: data.title.ar, lang: data.lang },
    // CSL's author, an organisation. Not citation_author: Zotero splits that value at its comma into two people.
    { name: 'DC.creator', content: data.source.publisher.en },
    { name: 'DC.contributor', content: data.gloss.translator },
    // Google Scholar's date form (YYYY/MM/DD); Dublin Core's is ISO 8601.
    { name: 'citation_publication_date', content: data.date.replaceAll('-', '/') },
    { name: 'DC.date', content: data.date },
    { name: 'citation_publisher', content: 'Bayan' },
    { name: 'DC.publisher', content: 'Bayan' },
    // The language of what is cited, as in CSL: the English gloss (the original is Arabic).
    { name: 'citation_language', content: 'en' },
    { name: 'DC.language', content: 'en' },
    // Without a type, Zotero guesses a journal article from citation_title; CSL says webpage.
    { name: 'DC.type', content: 'webpage' },
    { name: 'citation_public_url', content: url },
    { name: 'DC.identifier', content: url },
    // Neither vocabulary has a paragraph locator: the line "Copy paragraph" appends, with the paragraph and its link, is Dublin Core's citation.
    ...(n ? [{ name: 'DCTERMS.bibliographicCitation', content: paragraphCitation(data, String(n), target.url) }] : []),
  ];
}
