/**
 * What a quote card quotes, taken from the reading page as it stands: the paragraph's two texts, or a
 * selection in either column with its counterpart, the aligned sentences it spans in the other language;
 * and its reference (speaker, the readout's date, the paragraph, in the interface's language) and link.
 * Everything comes from the page (its sentences, speaker heading, date and canonical link), so a new
 * readout needs nothing here.
 */
import { CARD_WORDS } from '../../../i18n/scripts/card.ts';
import { readoutSlug, readoutTitle } from '../readout-page.ts';

const lang = document.documentElement.lang === 'ar' ? 'ar' : 'en';
export const words = CARD_WORDS[lang];

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const column = (lang: 'ar' | 'en') => (lang === 'ar' ? '.pair-text' : '.gloss');
const sideOf = (node: Node): 'ar' | 'en' | null => {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest('.pair-text') ? 'ar' : element?.closest('.gloss') ? 'en' : null;
};
/** The sentences of one side of a paragraph; only those numbered in `only`, if given. */
const sentences = (pair: HTMLElement, side: 'ar' | 'en', only?: Set<string>) =>
  [...pair.querySelectorAll<HTMLElement>(`${column(side)} .seg`)].filter((seg) => !only || only.has(seg.dataset['s']!));
const joined = (segs: HTMLElement[]) => clean(segs.map((seg) => seg.textContent).join(' '));

export interface Quote {
  ar: string;
  en: string;
  n: number;
  /** The sentences quoted, if a selection chose them. */
  s: number[];
}

/** The selection within one column of the pair, with the sentences it spans; else the whole paragraph. */
export function quoteOf(pair: HTMLElement, selected: Range | null): Quote {
  const n = Number(pair.dataset['n']);
  const side = selected && !selected.collapsed ? sideOf(selected.startContainer) : null;
  if (selected && side && sideOf(selected.endContainer) === side && pair.contains(selected.startContainer)) {
    const spanned = sentences(pair, side).filter((seg) => selected.intersectsNode(seg));
    const text = clean(selected.toString());
    if (spanned.length && text) {
      const numbers = new Set(spanned.map((seg) => seg.dataset['s']!));
      const other = joined(sentences(pair, side === 'ar' ? 'en' : 'ar', numbers));
      return {
        n,
        s: [...numbers].map(Number),
        ar: side === 'ar' ? text : other,
        en: side === 'en' ? text : other,
      };
    }
  }
  return { n, s: [], ar: joined(sentences(pair, 'ar')), en: joined(sentences(pair, 'en')) };
}

/** «شي جينبينغ، ١٥ ديسمبر ٢٠٢١، الفقرة ١٢» or "Xi Jinping, 15 December 2021, ¶12": a narrated paragraph has the readout's title. */
export function referenceOf(pair: HTMLElement): string {
  const heading = pair.querySelector('.pair-speaker')?.cloneNode(true) as HTMLElement | undefined;
  heading?.querySelector('.visually-hidden')?.remove();
  // A paragraph page names the speaker in the pair's data instead of a heading.
  const name = heading ? heading.textContent : pair.dataset['speakerName'];
  const who = clean(pair.dataset['speaker'] === 'narration' || !name ? readoutTitle()[lang] : name);
  const date = clean(document.querySelector('h1')?.closest('header')?.querySelector('time')?.textContent);
  return words.reference(who, date, Number(pair.dataset['n']));
}

/** The paragraph's address, and the same without its scheme, as the card prints it. */
export function linkOf(pair: HTMLElement): { href: string; short: string } {
  const url = new URL(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href);
  url.search = '';
  url.hash = pair.id;
  return { href: url.href, short: url.href.replace(/^https?:\/\//, '') };
}

/** The readout's slug, for the file's name. */
export const slugOf = () => readoutSlug() || 'bayan';
