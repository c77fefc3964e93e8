/**
 * `npm run serve -- [--port N]`: serves dist/ the way a static host does —
 * `/dir/` → `/dir/index.html`, unknown paths → 404.html with status 404 (under /ar/, the Arabic one, ar/404/index.html),
 * text gzip-compressed for clients that accept it (what Lighthouse and the browser tests then receive).
 *
 * Reasoning: `astro preview` allows one server per project, so tests could not
 * run while a developer's own preview is up; this one has no such lock.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { withSlash } from '../src/lib/site/urls.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.tmx': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

const argument = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const root = resolve(argument('dir') ?? 'dist');
const port = Number(argument('port') ?? process.env['PORT'] ?? 4321);
const host = argument('host') ?? '127.0.0.1';
/** Serve the site under a sub-path, as built with BAYAN_BASE (e.g. --base /bayan/). */
const base = withSlash(argument('base') ?? '/');

/** The headers every response carries, read from the `/*` block of dist/_headers (what static hosts apply). */
function siteHeaders(): Record<string, string> {
  const file = join(root, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let inBlock = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\S/.test(line)) inBlock = line.trim() === '/*';
    else if (inBlock && line.includes(':')) {
      const [name, ...value] = line.trim().split(':');
      headers[name!.trim()] = value.join(':').trim();
    }
  }
  return headers;
}
const HEADERS = siteHeaders();

/** The file a URL path names, or undefined; never a path outside the root. */
function fileFor(pathname: string): string | undefined {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, path);
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Text types; woff2, PNG and Pagefind's files are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;
/** Each file's gzip -9 bytes (the level the budgets count), kept until the file changes. */
const gzipped = new Map<string, { mtime: number; bytes: Buffer }>();
function gzipOf(file: string): Buffer {
  const mtime = statSync(file).mtimeMs;
  const kept = gzipped.get(file);
  if (kept?.mtime === mtime) return kept.bytes;
  const bytes = gzipSync(readFileSync(file), { level: 9 });
  gzipped.set(file, { mtime, bytes });
  return bytes;
}

createServer((request, response) => {
  const requested = new URL(request.url ?? '/', `http://${host}`);
  if (!requested.pathname.startsWith(base)) {
    response.writeHead(404, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not under ${base}`);
    return;
  }
  const url = new URL(`/${requested.pathname.slice(base.length)}${requested.search}`, requested);
  // A directory without its slash redirects, as static hosts do, so relative links resolve.
  if (!url.pathname.endsWith('/') && !extname(url.pathname) && fileFor(`${url.pathname}/`)) {
    response.writeHead(301, { ...HEADERS, Location: `${base}${url.pathname.slice(1)}/${url.search}` }).end();
    return;
  }
  const file = fileFor(url.pathname);
  const status = file ? 200 : 404;
  const arabic = url.pathname.startsWith('/ar/') && fileFor('/ar/404/');
  const body = file ?? (arabic || join(root, '404.html'));
  const type = TYPES[extname(body)] ?? 'application/octet-stream';
  const headers = { ...HEADERS, 'Content-Type': type, Vary: 'Accept-Encoding' };
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
    const bytes = gzipOf(body);
    response.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': bytes.length });
    response.end(request.method === 'HEAD' ? undefined : bytes);
    return;
  }
  response.writeHead(status, headers);
  if (request.method === 'HEAD') response.end();
  else createReadStream(body).pipe(response);
}).listen(port, host, () => console.log(`Bayan is served at http://${host}:${port}${base} (from ${root})`));
