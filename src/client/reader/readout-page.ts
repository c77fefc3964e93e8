/**
 * The readout a page shows, read from the page's data, for the code that loads on first use (notes, quote
 * cards, a paragraph's menu): the reading page (`/readouts/<slug>/`) and a paragraph page
 * (`/readouts/<slug>/<n>/`) both carry `data-readout` on their article; a paragraph page also carries the
 * readout's titles, which the reading page shows in its heading, and the menu's `data-base` (`../`), the way
 * from the page to the reading page.
 */
const article = () => document.querySelector<HTMLElement>('[data-readout]');

/** The readout's slug, in either interface. */
export const readoutSlug = () =>
  article()?.dataset['readout'] ?? /\/readouts\/([^/]+)\/$/.exec(location.pathname)?.[1] ?? '';

/** The readout's titles, in Arabic and in English. */
export const readoutTitle = () => ({
  ar: article()?.dataset['titleAr'] ?? document.querySelector('h1 .title-original')?.textContent ?? '',
  en: article()?.dataset['titleEn'] ?? document.querySelector('h1 .title-en')?.textContent ?? '',
});

/** A paragraph's link on this site as the reader reached it (the reading page's, with `#p-N`), in this interface. */
export function paragraphLink(id: string): string {
  const base = document.querySelector<HTMLElement>('[data-pair-menu]')?.dataset['base'] ?? '';
  const url = new URL(base, location.href);
  url.search = '';
  url.hash = id;
  return url.href;
}
