/**
 * A page's module scripts import their shared chunks statically, and the browser learns of each
 * chunk only once the module that imports it has arrived: the reading page's script, then the
 * paragraph-link parser it imports, one round trip after the other. Listing every chunk a page's
 * scripts import, directly or through another chunk, as `<link rel="modulepreload">` in its head
 * lets the browser fetch them all with the page, as Vite does for its own HTML entries (Astro's
 * pages get none). Chunks loaded with import() are left to load when they are needed.
 */
import { init, parse } from 'es-module-lexer';

/** Reads a built script by its path on the site (as in `src`), or undefined if there is none. */
export type ReadScript = (path: string) => string | undefined;

await init;

/** The modules `code` imports statically (not with import()), as paths on the site, resolved against `path`. */
export function staticImports(code: string, path: string): string[] {
  const [imports] = parse(code);
  return imports
    .filter((i) => i.d === -1 && i.n !== undefined)
    .map((i) => new URL(i.n!, `http://site${path}`).pathname);
}

/** Every module the entry scripts import statically, directly or not, other than the entries; in order found. */
export function staticClosure(entries: readonly string[], read: ReadScript): string[] {
  const seen = new Set(entries);
  const found: string[] = [];
  const queue = [...entries];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const code = read(path);
    if (code === undefined) continue;
    for (const imported of staticImports(code, path)) {
      if (seen.has(imported)) continue;
      seen.add(imported);
      found.push(imported);
      queue.push(imported);
    }
  }
  return found;
}

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/** The page with a modulepreload link, before `</head>`, for each chunk its module scripts import statically. */
export function withModulePreloads(html: string, read: ReadScript): string {
  const entries = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!);
  const chunks = staticClosure(entries, read).filter(
    (path) => !html.includes(`<link rel="modulepreload" href="${path}">`),
  );
  if (chunks.length === 0) return html;
  return html.replace(
    '</head>',
    `${chunks.map((path) => `<link rel="modulepreload" href="${path}">`).join('')}</head>`,
  );
}
