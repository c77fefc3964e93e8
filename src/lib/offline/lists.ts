/**
 * What offline reading needs from a built site (Node only, run after the build by
 * src/integrations/offline.ts): the shell every build keeps from install, and each readout's list
 * of files to save. Both are read off dist/ as written, so they hold exactly what the pages link.
 * The shell does not grow with the collection; a readout's list grows only through the shared
 * search index and vocabulary (docs/offline.md, measurements).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, DEFAULT_LOCALE } from '../../i18n/locales.ts';
import { localePath } from '../site/urls.ts';
import type { DistFiles } from './dist-files.ts';
import type { OfflineList } from './keys.ts';
import type { ShownParagraph } from '../search/types.ts';

/** A page's address as it is linked (`readouts/x/`) from its file (`readouts/x/index.html`). */
export const addressOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');
/** The file an address is stored in. */
const fileOf = (dist: string, address: string) =>
  join(dist, address === '' || address.endsWith('/') ? `${address}index.html` : address);

/** Every same-site file a page links in its head or body for itself: stylesheets, scripts, preloads, icons. */
export function linkedAssets(html: string, base: string): string[] {
  const found = new Set<string>();
  for (const [, tag] of html.matchAll(/<(?:link|script)\b([^>]*)>/g)) {
    const rel = /\brel="([^"]*)"/.exec(tag!)?.[1] ?? 'script';
    if (!/stylesheet|modulepreload|preload|icon|manifest|script/.test(rel)) continue;
    const href = /\b(?:href|src)="([^"]+)"/.exec(tag!)?.[1];
    if (href?.startsWith(base) && !href.startsWith('//')) found.add(href.slice(base.length));
  }
  return [...found].sort();
}

/** The interface prefixes (`''`, `ar/`): every page is saved in each language. */
const prefixes = () => LOCALES.map((l) => (l === DEFAULT_LOCALE ? '' : localePath(l, '')));

/** The files in the shell: the offline pages with what they link, and the installed app's manifest and icons. */
export function shellFiles(dist: string, base: string): string[] {
  const pages = prefixes().map((p) => `${p}offline/`);
  const assets = pages.flatMap((page) => linkedAssets(readFileSync(fileOf(dist, page), 'utf8'), base));
  const app = [...prefixes().map((p) => `${p}manifest.webmanifest`), ...ICON_FILES];
  return [...new Set([...pages, ...assets, ...app])].sort();
}

/** The icons the build draws (src/lib/offline/icons.ts), listed here so the shell holds them. */
export const ICON_FILES = ['icons/icon-192.png', 'icons/icon-512.png', 'icons/apple-touch-icon.png'];

/** What the index says of a readout: its Pagefind page (`en_6697b37`), and its title as its results show it. */
export interface SearchPage {
  page: string;
  title: { ar: string; en: string };
}

/** Each readout's Pagefind page and title, read off its first result file (which names its readout). */
export function searchPages(dist: string, files: DistFiles): Map<string, SearchPage> {
  const pages = new Map<string, SearchPage>();
  for (const path of files.keys()) {
    const page = /^search\/p\/([^/]+)\/1\.json$/.exec(path)?.[1];
    if (!page) continue;
    const shown = JSON.parse(readFileSync(join(dist, path), 'utf8')) as ShownParagraph;
    pages.set(shown.slug, { page, title: { ar: shown.titleOriginal, en: shown.title } });
  }
  return pages;
}

/** Two sorted lists of paths as one, sorted as Array.prototype.sort sorts strings, without repeats. */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (merged[merged.length - 1] !== next) merged.push(next);
  }
  return merged;
}

/** The file of an address, relative to dist/. */
const relativeFileOf = (address: string) =>
  address === '' || address.endsWith('/') ? `${address}index.html` : address;

/**
 * The lists of every readout of one built site. What all readouts share (scripts, styles, faces, Pagefind's
 * entry, WebAssembly and index chunks, the typo vocabulary) and what belongs to each (files under
 * `readouts/<slug>/`, its exports `readouts/<slug>.*`, its result texts) are sorted out in one pass over
 * the listing.
 */
export function offlineLists(dist: string, files: DistFiles) {
  const shared: string[] = [];
  const bySlug = new Map<string, string[]>();
  const byPage = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, path: string) => {
    const list = map.get(key);
    if (list) list.push(path);
    else map.set(key, [path]);
  };
  for (const path of files.keys()) {
    const own = /^readouts\/([a-z0-9-]+)[/.]/.exec(path)?.[1];
    if (own) add(bySlug, own, path);
    else if (path.startsWith('search/p/')) add(byPage, path.split('/')[2]!, path);
    else if (
      path.startsWith('_astro/') ||
      path.startsWith('search/vocab/') ||
      // Bayan's worker reads no fragments (in any shard) and runs Pagefind itself.
      (path.startsWith('pagefind/') && !/(^|\/)fragment\//.test(path) && !path.endsWith('/pagefind-worker.js'))
    )
      shared.push(path);
  }
  const inDist = (address: string) => files.has(relativeFileOf(address));
  // The same in every list (about 1,700 paths at 1,000 readouts): sorted once, merged into each.
  const common = [...new Set([...shared, 'search/map.json', 'search/facets.json', 'search/terms.json', 'favicon.svg'])]
    .filter(inDist)
    .sort();

  /**
   * Everything a readout needs offline, in both interface languages: its reading, paragraph and source
   * pages, term cards and exports; its word study (word mode's file, the vocabulary page); the term pages
   * it links; home, glossary and search pages; every script, style and face (`_astro/`, a few dozen files
   * whatever the collection); Pagefind's entry, WebAssembly and index chunks; the paragraph map, facets,
   * glossary names, typo vocabulary, and the result files of this readout's paragraphs.
   */
  function readoutFiles(slug: string, searchPage: string | undefined): string[] {
    const own = `readouts/${slug}/`;
    const mine = bySlug.get(slug) ?? [];
    const reading = readFileSync(join(dist, relativeFileOf(own)), 'utf8');
    const terms = [...reading.matchAll(/href="[^"]*?\/terms\/([^/"#]+)\/"/g)].map(([, id]) => `terms/${id}/`);
    const paragraphs = mine.filter((f) => f.startsWith(own) && /^\d+\/index\.html$/.test(f.slice(own.length)));
    // The word study, where the readout has one: word mode's file and the vocabulary page.
    const study = files.has(`${own}words.json`) ? [`${own}vocabulary/`] : [];
    const pages = [
      own,
      `${own}source/`,
      `${own}term-cards.json`,
      ...study,
      ...paragraphs.map(addressOf),
      '',
      'terms/',
      'search/',
      ...terms,
    ];
    const local = prefixes().flatMap((p) => pages.map((page) => p + page.replace(/^\/?/, '')));
    const exports = mine.filter((f) => !f.startsWith(own));
    const texts = searchPage ? (byPage.get(searchPage) ?? []).filter((f) => f.endsWith('.json')) : [];
    return mergeSorted(
      [...new Set([...local, ...exports, `${own}words.json`, ...texts])].filter(inDist).sort(),
      common,
    );
  }

  /** A readout's list: its files and their bytes as stored. */
  function readoutList(slug: string, build: string, indexed: SearchPage | undefined): OfflineList {
    const list = readoutFiles(slug, indexed?.page);
    // The title from the index's result file if there is one: a few hundred bytes, not the whole export.
    const title =
      indexed?.title ??
      (JSON.parse(readFileSync(join(dist, `readouts/${slug}.json`), 'utf8')) as { title: { ar: string; en: string } })
        .title;
    const bytes = list.reduce((sum, a) => sum + files.get(relativeFileOf(a))!.size, 0);
    return { build, slug, title: { ar: title.ar, en: title.en }, files: list, bytes };
  }

  return { readoutFiles, readoutList };
}
