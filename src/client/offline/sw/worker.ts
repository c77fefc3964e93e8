/**
 * Bayan's service worker (docs/offline.md), built into dist/sw.js after the site
 * (src/integrations/offline.ts). Each build has its own cache; this worker reads and writes only its
 * build's, and keeps a response only once the site online is known to be the same build, so a page
 * is never served with another build's scripts, data or index.
 *
 * - Install: the small shell (offline pages, stylesheet, Arabic face, icons), then the saved readouts
 *   again. The first worker takes over at once; a later one waits until the reader reloads.
 * - Pages and data: from the cache while fresh copies are fetched behind (stale-while-revalidate);
 *   content-named files (scripts, Pagefind's index) from the cache alone once there.
 * - A navigation that is neither cached nor reachable: the offline page in its interface language.
 */
import { cacheKey, isImmutable, offlinePagePath, STAMP_PATH } from '../../../lib/offline/keys.ts';
import { WAITING, type ToWorker } from '../protocol.ts';
import { refreshSaved, remove, save } from './saved.ts';
import {
  at,
  BASE,
  BUILD,
  CURRENT,
  NAMES,
  SHELL,
  worker,
  type ExtendableEvent,
  type ExtendableMessageEvent,
  type FetchEvent,
} from './scope.ts';
import { isStale, sameBuildSince } from './stamp.ts';

/** Pages opened from the network after a newer build was seen: theirs is that build, so they pass through. */
const newer = new Set<string>();
/** The previous build's pages kept from visits, fetched again for this one; a bound keeps an install short. */
const VISITED_CARRIED = 40;

worker.addEventListener('install', (event: ExtendableEvent) =>
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CURRENT);
      const started = performance.now();
      await cache.addAll(SHELL.map((path) => new Request(at(path), { cache: 'reload' })));
      await refreshSaved();
      await carryVisited(cache);
      if (!(await sameBuildSince(started))) throw new Error(`The site online is no longer build ${BUILD}.`);
      // Nothing to mix on a first install: take the page over now. Later builds wait for a reload,
      // and say so to every open page (the quiet notice, src/client/offline/update-notice.ts).
      if (!worker.registration.active) await worker.skipWaiting();
      else
        for (const page of await worker.clients.matchAll({ type: 'window', includeUncontrolled: true }))
          page.postMessage(WAITING);
    })(),
  ),
);

/** The pages a reader visited under the previous build, fetched again (best effort): their scripts come on next use. */
async function carryVisited(cache: Cache) {
  const previous = (await caches.keys()).filter(
    (n) => n.startsWith(NAMES.prefix) && n !== CURRENT && n !== NAMES.saved,
  );
  for (const name of previous) {
    const pages = (await (await caches.open(name)).keys()).map((r) => r.url).filter((u) => u.endsWith('/'));
    for (const url of pages.slice(0, VISITED_CARRIED))
      if (!(await cache.match(url))) await cache.add(new Request(url, { cache: 'no-cache' })).catch(() => undefined);
  }
}

worker.addEventListener('activate', (event: ExtendableEvent) =>
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith(NAMES.prefix) && name !== CURRENT && name !== NAMES.saved) await caches.delete(name);
      await worker.clients.claim();
    })(),
  ),
);

worker.addEventListener('message', (event: ExtendableMessageEvent) => {
  const message = event.data as ToWorker;
  const port = event.ports[0];
  if (message.type === 'skip-waiting') event.waitUntil(worker.skipWaiting());
  else if (message.type === 'save') event.waitUntil(save(message.slug, port));
  else if (message.type === 'remove') event.waitUntil(remove(message.slug, port));
});

worker.addEventListener('fetch', (event: FetchEvent) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== worker.location.origin || !url.pathname.startsWith(BASE)) return;
  const path = url.pathname.slice(BASE.length);
  // The worker itself and the stamp are always asked of the network: they are how a new build is seen.
  if (path === 'sw.js' || path === STAMP_PATH || newer.has(event.clientId)) return;
  event.respondWith(request.mode === 'navigate' ? navigate(event) : fetchFile(event, url.pathname));
});

/** Fetches and keeps a response if the site is still this build (a content-named file is any build's); reports whether it was kept. */
async function fetchAndKeep(request: Request, key: string): Promise<{ response: Response; kept: boolean }> {
  const response = await fetch(request);
  const arrived = performance.now();
  if (!response.ok || response.type !== 'basic') return { response, kept: false };
  const copy = response.clone();
  const kept = isImmutable(new URL(key).pathname, BASE) || (await sameBuildSince(arrived));
  if (kept) await (await caches.open(CURRENT)).put(key, copy);
  return { response, kept };
}

async function navigate(event: FetchEvent): Promise<Response> {
  const key = cacheKey(event.request.url);
  const cached = await caches.match(key, { cacheName: CURRENT });
  if (cached && !isStale()) {
    event.waitUntil(fetchAndKeep(event.request, key).catch(() => undefined));
    return cached;
  }
  try {
    const { response, kept } = await fetchAndKeep(event.request, key);
    // A page of a newer build: its own scripts and data come from the network too, until the reload.
    if (!kept && response.ok) newer.add(event.resultingClientId);
    return response;
  } catch {
    return (
      cached ??
      (await caches.match(at(offlinePagePath(new URL(key).pathname, BASE)), { cacheName: CURRENT })) ??
      Response.error()
    );
  }
}

async function fetchFile(event: FetchEvent, pathname: string): Promise<Response> {
  const key = cacheKey(event.request.url);
  const cached = await caches.match(key, { cacheName: CURRENT });
  if (cached) {
    if (!isImmutable(pathname, BASE) && !isStale())
      event.waitUntil(fetchAndKeep(event.request, key).catch(() => undefined));
    return cached;
  }
  const { response, kept } = await fetchAndKeep(event.request, key);
  // Another build's file for this build's page would mix them: say it is unavailable instead.
  if (!kept && response.ok && !isImmutable(pathname, BASE))
    return new Response(null, { status: 503, statusText: 'Newer build online' });
  return response;
}
