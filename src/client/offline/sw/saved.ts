/**
 * Saving a readout for offline reading, removing it, and fetching the saved ones again for a new
 * build. A readout's files come from its list (offline/lists/<slug>.json, written by the build), into
 * this build's cache; the record of what the reader saved goes into the cache that outlives builds.
 */
import { listPath, savedKey, type OfflineList, type SavedRecord } from '../../../lib/offline/keys.ts';
import type { FromWorker } from '../protocol.ts';
import { at, BUILD, CURRENT, NAMES, SCOPE, SHELL } from './scope.ts';
import { sameBuildSince } from './stamp.ts';

/** Files fetched at once: enough to fill the connection, few enough not to starve the reader's page. */
const PARALLEL = 6;

class NewerBuild extends Error {}
/** The build has no such readout (any more). */
class Gone extends Error {}

async function listOf(slug: string): Promise<OfflineList> {
  const response = await fetch(at(listPath(slug)), { cache: 'no-store' });
  if (response.status === 404) throw new Gone(slug);
  if (!response.ok) throw new Error(`${response.status} for the list of ${slug}`);
  const list = (await response.json()) as OfflineList;
  if (list.build !== BUILD) throw new NewerBuild();
  return list;
}

/** Fetches every file of `paths` this build's cache lacks, `progress` after each. */
async function fetchAll(paths: readonly string[], progress: (done: number, bytes: number) => void) {
  const cache = await caches.open(CURRENT);
  let next = 0;
  let done = 0;
  let bytes = 0;
  const one = async (): Promise<void> => {
    const path = paths[next++];
    if (path === undefined) return;
    const url = at(path);
    let kept = await cache.match(url);
    if (!kept) {
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${response.status} for ${path}`);
      await cache.put(url, response.clone());
      kept = response;
    }
    bytes += Number(kept.headers.get('content-length') ?? 0) || (await kept.clone().arrayBuffer()).byteLength;
    progress(++done, bytes);
    return one();
  };
  await Promise.all(Array.from({ length: PARALLEL }, one));
  return bytes;
}

/** Every saved readout's record. */
export async function savedRecords(): Promise<SavedRecord[]> {
  const saved = await caches.open(NAMES.saved);
  return Promise.all((await saved.keys()).map(async (k) => (await (await saved.match(k))!.json()) as SavedRecord));
}

async function keep(record: SavedRecord) {
  const saved = await caches.open(NAMES.saved);
  await saved.put(savedKey(SCOPE, record.slug), new Response(JSON.stringify(record)));
}

/** Saves a readout, telling `port` the progress, and the record or what went wrong. */
export async function save(slug: string, port: MessagePort | undefined) {
  const tell = (message: FromWorker) => port?.postMessage(message);
  try {
    const list = await listOf(slug);
    const started = performance.now();
    const bytes = await fetchAll(list.files, (done, bytes) =>
      tell({ type: 'progress', done, total: list.files.length, bytes }),
    );
    // Fetched files are kept only if the site did not change while they came.
    if (!(await sameBuildSince(started))) throw new NewerBuild();
    const record: SavedRecord = { ...list, bytes, savedAt: new Date().toISOString() };
    await keep(record);
    tell({ type: 'saved', record });
  } catch (error) {
    tell(error instanceof NewerBuild ? { type: 'newer' } : { type: 'failed', error: String(error) });
  }
}

/** Removes a readout's files, except those the shell or another saved readout needs, and its record. */
export async function remove(slug: string, port: MessagePort | undefined) {
  const records = await savedRecords();
  const gone = records.find((r) => r.slug === slug);
  const needed = new Set([...SHELL, ...records.filter((r) => r.slug !== slug).flatMap((r) => r.files)]);
  const cache = await caches.open(CURRENT);
  await Promise.all((gone?.files ?? []).filter((f) => !needed.has(f)).map((f) => cache.delete(at(f))));
  await (await caches.open(NAMES.saved)).delete(savedKey(SCOPE, slug));
  port?.postMessage({ type: 'removed' } satisfies FromWorker);
}

/**
 * A new build fetches every saved readout again, while the previous build's worker still serves
 * them: the reader can read on, and switches only on reloading. A readout this build no longer has
 * is forgotten.
 */
export async function refreshSaved() {
  for (const record of await savedRecords()) {
    // Any other failure (the network) fails the install, which the browser tries again later.
    const list = await listOf(record.slug).catch((error: unknown) => {
      if (error instanceof Gone) return undefined;
      throw error;
    });
    if (!list) {
      await (await caches.open(NAMES.saved)).delete(savedKey(SCOPE, record.slug));
      continue;
    }
    const bytes = await fetchAll(list.files, () => undefined);
    await keep({ ...list, bytes, savedAt: record.savedAt });
  }
}
