/**
 * `npm run check:links`: every internal link and #fragment in the built site
 * resolves — to a file in dist/, and to an element with that id (a paragraph
 * range #p-4-6 needs #p-4 and #p-6). Prints each broken link with the page it
 * is on; exits 1 if there are any.
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { idsOf, parseParagraphHash } from '../src/lib/readout/paragraph-hash.ts';
import { withSlash } from '../src/lib/site/urls.ts';

const DIST = process.argv[2] ?? 'dist';
/** The site's base path (e.g. /bayan/ when deployed under a sub-path). */
const BASE = withSlash(process.env['BAYAN_BASE'] ?? '/');
const SITE_ORIGIN = 'http://site.invalid';

const pages = new Map<string, { ids: Set<string>; links: string[] }>();
for (const file of globSync('**/*.html', { cwd: DIST })) {
  const tree = fromHtml(readFileSync(join(DIST, file), 'utf8'));
  const ids = new Set<string>();
  const links: string[] = [];
  visit(tree, 'element', (node) => {
    const id = node.properties['id'];
    if (typeof id === 'string') ids.add(id);
    for (const attribute of ['href', 'src'] as const) {
      const value = node.properties[attribute];
      if (typeof value === 'string' && !(node.tagName === 'link' && node.properties['rel']?.toString() === 'canonical'))
        links.push(value);
    }
  });
  pages.set(file, { ids, links });
}

/** The dist file a site path names, if any (`/dir/` → `dir/index.html`). */
function fileOf(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return undefined;
  const path = decodeURIComponent(pathname.slice(BASE.length));
  for (const candidate of [path, join(path, 'index.html')]) {
    const full = join(DIST, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate.replace(/^\//, '');
  }
  return undefined;
}

const broken: string[] = [];
let checked = 0;
for (const [file, { links }] of pages) {
  const pageUrl = new URL(`${BASE}${file.replace(/index\.html$/, '')}`, SITE_ORIGIN);
  for (const link of links) {
    if (/^(mailto|tel|data|javascript):/.test(link)) continue;
    const url = new URL(link, pageUrl);
    if (url.origin !== SITE_ORIGIN) continue; // another site: not ours to check here
    checked++;
    const target = fileOf(url.pathname);
    if (!target) {
      broken.push(`${file}: ${link} → no such file`);
      continue;
    }
    if (!url.hash || !target.endsWith('.html')) continue;
    const ids = pages.get(target)?.ids ?? new Set();
    const range = parseParagraphHash(url.hash);
    const wanted = range ? idsOf(range) : [decodeURIComponent(url.hash.slice(1))];
    for (const id of wanted)
      if (!ids.has(id)) broken.push(`${file}: ${link} → no element with id "${id}" in ${target}`);
  }
}
for (const line of broken) console.error(line);
console.log(`${checked} internal links in ${pages.size} pages checked; ${broken.length} broken.`);
process.exit(broken.length ? 1 : 0);
