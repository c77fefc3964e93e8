/**
 * What offline reading needs from a built site (Node only, run after the build by
 * src/integrations/offline.ts): the shell every build keeps from install, and each readout's list
 * of files to save. Both are read off dist/ as written, so they hold exactly what the pages link.
 * The shell does not grow with the collection; a readout's list grows only through the shared
 * search index and vocabulary (docs/offline.md, measurements).
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, DEFAULT_LOCALE } from '../../i18n/locales.ts';
import { localePath } from '../site/urls.ts';
import type { OfflineList } from './keys.ts';

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

/** Which Pagefind page (`en_6697b37`) holds which readout: the result files name their readout. */
export function searchPages(dist: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const first of globSync('search/p/*/1.json', { cwd: dist })) {
    const { slug } = JSON.parse(readFileSync(join(dist, first), 'utf8')) as { slug: string };
    pages.set(slug, first.split('/')[2]!);
  }
  return pages;
}

const files = (dist: string, pattern: string, exclude: string[] = []) =>
  globSync(pattern, { cwd: dist, exclude }).filter((f) => statSync(join(dist, f)).isFile());

/**
 * Everything a readout needs offline, in both interface languages: its reading, paragraph and source
 * pages, term cards and exports; its word study (word mode's file, the vocabulary page); the term pages it links; home, glossary and search pages; every
 * script, style and face (`_astro/`, a few dozen files whatever the collection); Pagefind's entry,
 * WebAssembly and index chunks (Bayan's worker reads no fragments); the paragraph map, facets,
 * glossary names, typo vocabulary, and the result files of this readout's paragraphs.
 */
export function readoutFiles(dist: string, slug: string, searchPage: string | undefined): string[] {
  const own = `readouts/${slug}/`;
  const reading = readFileSync(fileOf(dist, own), 'utf8');
  const terms = [...reading.matchAll(/href="[^"]*?\/terms\/([^/"#]+)\/"/g)].map(([, id]) => `terms/${id}/`);
  const paragraphs = files(dist, `${own}*/index.html`)
    .map(addressOf)
    .filter((p) => /\/\d+\/$/.test(p));
  // The word study, where the readout has one: word mode's file and the vocabulary page.
  const study = existsSync(join(dist, own, 'words.json')) ? [`${own}vocabulary/`] : [];
  const pages = [
    own,
    `${own}source/`,
    `${own}term-cards.json`,
    ...study,
    ...paragraphs,
    '',
    'terms/',
    'search/',
    ...terms,
  ];
  const local = prefixes().flatMap((p) => pages.map((page) => p + page.replace(/^\/?/, '')));
  const shared = [
    ...files(dist, `readouts/${slug}.*`),
    ...files(dist, `${own}words.json`), // one file for both interfaces
    ...files(dist, '_astro/**'),
    ...files(dist, 'pagefind/**', ['pagefind/fragment/**', 'pagefind/pagefind-worker.js']),
    ...['search/map.json', 'search/facets.json', 'search/terms.json'],
    ...files(dist, 'search/vocab/**'),
    ...(searchPage ? files(dist, `search/p/${searchPage}/*.json`) : []),
    'favicon.svg',
  ];
  return [...new Set([...local, ...shared])].filter((a) => existsSync(fileOf(dist, a))).sort();
}

/** A readout's list: its files and their bytes as stored. */
export function readoutList(dist: string, slug: string, build: string, pageId: string | undefined): OfflineList {
  const list = readoutFiles(dist, slug, pageId);
  const title = (
    JSON.parse(readFileSync(join(dist, `readouts/${slug}.json`), 'utf8')) as { title: { ar: string; en: string } }
  ).title;
  const bytes = list.reduce((sum, a) => sum + statSync(fileOf(dist, a)).size, 0);
  return { build, slug, title: { ar: title.ar, en: title.en }, files: list, bytes };
}
