/**
 * What the service worker, the pages and the build agree on for offline reading (docs/offline.md):
 * where the build's stamp and each readout's file list live, the cache names, and the one key a
 * URL is cached under. Browser-safe and free of DOM types, so the worker imports it too.
 */

/** The build's stamp, beside the worker: the worker compares it with its own before keeping a response. */
export const STAMP_PATH = 'offline/build.txt';
/** Each readout's files for offline reading, written after the build (src/integrations/offline.ts). */
export const listPath = (slug: string) => `offline/lists/${slug}.json`;
/** The page a navigation gets offline when it is not saved, in the interface language of its address. */
export const offlinePagePath = (path: string, base: string) =>
  path.startsWith(`${base}ar/`) || path === `${base}ar` ? 'ar/offline/' : 'offline/';

/** What a readout's list holds; paths are relative to the site's base. */
export interface OfflineList {
  build: string;
  slug: string;
  title: { ar: string; en: string };
  files: string[];
  /** The files' bytes as stored (uncompressed). */
  bytes: number;
}

/** A readout the reader saved: kept across builds, so a new build knows what to fetch again. */
export interface SavedRecord extends OfflineList {
  savedAt: string;
}

/**
 * Caches are named by the worker's scope (two deployments on one origin never share one) and by the
 * build: a build's pages, scripts and index live in that build's cache only, so they never mix.
 * The saved readouts' records are the reader's choice, not a build's, and outlive builds.
 */
export const cacheNames = (scope: string) => ({
  prefix: `bayan ${scope} `,
  build: (build: string) => `bayan ${scope} build ${build}`,
  saved: `bayan ${scope} saved`,
});

/** The key of a saved readout's record in the `saved` cache. */
export const savedKey = (scope: string, slug: string) => `${scope}offline/saved/${slug}`;

/**
 * The one URL a request is cached under, as a static host answers it: no query or fragment
 * (Pagefind adds `?ts=` to its entry file; `/search/?q=…` is the search page), `/dir/index.html`
 * and `/dir` both `/dir/`. A path whose last part has a dot is a file and stays as it is.
 */
export function cacheKey(url: string): string {
  const u = new URL(url);
  let path = u.pathname.replace(/\/index\.html$/, '/');
  if (!path.endsWith('/') && !/\.[^/]*$/.test(path)) path += '/';
  return `${u.origin}${path}`;
}

/** Files named by their content (Vite's hashed assets, Pagefind's index and WebAssembly): never revalidated. */
export const isImmutable = (path: string, base: string) =>
  path.startsWith(`${base}_astro/`) ||
  /^pagefind\/(index\/|fragment\/|filter\/|.*\.pf_meta$|wasm\.)/.test(path.slice(base.length));
