/**
 * The page's side of the search worker (src/client/search/pagefind-worker.ts): one worker per page,
 * started on the first search; each query is a message there and back.
 */
import type { PageHit } from '../../lib/search/rank.ts';

/** A query, or no query to load Pagefind without searching; `merge` adds the index's other shards (before any query). */
export interface PagefindRequest {
  id: number;
  query?: string;
  merge?: string[];
}
export type PagefindReply = { id: number; hits: PageHit[] } | { id: number; error: string };

let worker: Worker | undefined;
let next = 0;
const waiting = new Map<number, { resolve: (hits: PageHit[]) => void; reject: (error: Error) => void }>();

function ask(request: Omit<PagefindRequest, 'id'> = {}): Promise<PageHit[]> {
  worker ??= startWorker();
  const id = next++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker!.postMessage({ id, ...request } satisfies PagefindRequest);
  });
}

function startWorker(): Worker {
  const started = new Worker(new URL('./pagefind-worker.ts', import.meta.url), { type: 'module' });
  started.addEventListener('message', ({ data }: MessageEvent<PagefindReply>) => {
    if ('error' in data) return failAll(new Error(data.error));
    const call = waiting.get(data.id);
    waiting.delete(data.id);
    call?.resolve(data.hits);
  });
  // A worker whose script cannot load answers nothing.
  started.addEventListener('error', () => failAll(new Error('The search worker could not start.')));
  return started;
}

/**
 * Fails every waiting call and retires the worker: one that failed (say, the network dropped while
 * Pagefind loaded) keeps its failed Pagefind, so the next call starts a new one.
 */
function failAll(error: Error) {
  worker?.terminate();
  worker = undefined;
  for (const call of waiting.values()) call.reject(error);
  waiting.clear();
}

/** Loads Pagefind in the worker; rejects if it cannot (the next call tries again). */
export const loadPagefind = (): Promise<unknown> => ask();
/** Merges the index's other shards (the paragraph map's `shards`) into the worker's Pagefind; call before searching. */
export const mergeShards = (shards: string[]): Promise<unknown> => ask({ merge: shards });
/** The pages that hold the query's words (Pagefind's syntax: a quoted word is its exact search). */
export const searchPagefind = (query: string): Promise<PageHit[]> => ask({ query });
