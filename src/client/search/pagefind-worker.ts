/**
 * Bayan's search worker: runs Pagefind (its script, its WebAssembly, its index) off the page's main
 * thread and answers each query with the pages and word positions the engine ranks
 * (src/client/search/pagefind-client.ts). Pagefind's own worker mode would need its script on the
 * page as well only to pass messages to a second copy of itself.
 */
import { sitePath } from '../../lib/site/urls.ts';
import type { PageHit } from '../../lib/search/rank.ts';
import type { PagefindReply, PagefindRequest } from './pagefind-client.ts';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  search(query: string): Promise<{ results: { id: string; words: number[] }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

/**
 * Pagefind, loaded once. A failure is answered as an error, and the page then replaces this worker
 * (pagefind-client.ts): Pagefind keeps a failed start (say, its WebAssembly did not arrive) and would
 * answer every later search with nothing.
 */
function load(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // Here, with no document, Pagefind runs in this thread and reads the index of the site's main language.
    const module = (await import(/* @vite-ignore */ sitePath('pagefind/pagefind.js'))) as Pagefind;
    await module.options({ baseUrl: sitePath() });
    await module.init();
    return module;
  })();
  return pagefind;
}

/**
 * The index's other shards (src/lib/search/build/shards.ts), merged into the first. Set as the
 * message arrives, so a query that follows it waits for the merge however the loads interleave.
 */
let merged: Promise<unknown> = Promise.resolve();

const reply = (message: PagefindReply) => postMessage(message);

addEventListener('message', async ({ data }: MessageEvent<PagefindRequest>) => {
  const { merge } = data;
  if (merge) merged = load().then((engine) => Promise.all(merge.map((path) => engine.mergeIndex(sitePath(path)))));
  try {
    const engine = await load();
    await merged;
    if (data.query === undefined) return reply({ id: data.id, hits: [] });
    const found = await engine.search(data.query);
    const hits: PageHit[] = (found?.results ?? []).map((r) => ({ page: r.id, words: r.words }));
    reply({ id: data.id, hits });
  } catch (error) {
    reply({ id: data.id, error: String(error) });
  }
});
