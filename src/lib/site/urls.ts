/**
 * How the site's URLs are written, and read back: the base path (astro.config.mjs `base`, set by
 * BAYAN_BASE, so the site also works deployed under a sub-path), term pages and readout pages.
 * Browser-safe: the search and the reading page use it too. Pages add the interface's prefix
 * with astro:i18n's getRelativeLocaleUrl(locale, termPath(id)).
 */

/** A base path with exactly one closing slash: `/bayan` and `/bayan/` → `/bayan/`. */
export const withSlash = (base: string) => base.replace(/\/?$/, '/');

const BASE = withSlash((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/');

/** `readouts/x/` → `/readouts/x/` (or `/bayan/readouts/x/` under a base). */
export const sitePath = (path = '') => BASE + path.replace(/^\//, '');

/**
 * A path in an interface language, for code without astro:i18n (the browser): English at the root,
 * the others under their prefix, as astro.config.mjs's `i18n` routes them.
 */
export const localePath = (lang: string, path: string) => `${lang === 'en' ? '' : `${lang}/`}${path}`;

/** A term's page, from the site's (or the interface's) root: `terms/<id>/`. */
export const termPath = (id: string) => `terms/${id}/`;
/** A readout's reading page, or a file beside it, from the root: `readouts/<slug>/` + rest. */
export const readoutPath = (slug: string, rest = '') => `readouts/${slug}/${rest}`;
/**
 * A readout's reading page as an absolute URL, under the site's origin and a base path. Pages pass the
 * base they are built with; the search index, which makes the exports' text outside Astro, passes the config's.
 */
export const readoutUrl = (slug: string, site: URL, base = BASE) =>
  new URL(withSlash(base) + readoutPath(slug), site).href;
/** A readout's export files beside its folder: `readouts/<slug>` + `.json`, `.md`, `.csv`… */
export const readoutFilePath = (slug: string, ending: string) => `readouts/${slug}${ending}`;

// The term a link leads to, read back: term-id.ts, a module of its own for the reading page's first script.
export { termIdOf } from './term-id.ts';
/** The readout a site-root URL (`/readouts/<slug>/`) names, if it names one. */
export const readoutSlugOf = (url: string) => /^\/readouts\/([^/]+)\/$/.exec(url)?.[1];
/** A paragraph's own page (`…/readouts/<slug>/<n>/`). */
export const isParagraphPage = (url: string) => /\/readouts\/[^/]+\/\d+\/$/.test(url);
