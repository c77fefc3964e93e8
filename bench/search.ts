/**
 * `npm run bench:search`: what a reader's first search costs, in Chromium
 * against the built site (run `npm run build` first).
 *
 * For each query, on a fresh page: bytes transferred by the search (gzip
 * applied to what a static host would compress; Pagefind's own files are
 * already compressed), and the time from the last keystroke to the first
 * result on screen — cold (box focused just before typing) and warm.
 */
import { kib, launchChromium, median, RUNS, serve, spread, transferSize } from './lib.ts';

const QUERIES = ['BRICS', 'بريكس', 'SCO', 'تايوان', 'vaccines', 'startegic', 'الأولومبياد'];
/** [mistyped, spelled right]: what correcting a word adds to a warm search. */
const TYPOS: [string, string][] = [
  ['startegic', 'strategic'],
  ['الأولومبياد', 'الأولمبياد'],
  ['Shanghia Cooperation', 'Shanghai Cooperation'],
];

const server = await serve('dist', 4398);
const browser = await launchChromium();
const rows: { query: string; bytes: number; cold: number[]; typed: number[]; warm: number[] }[] = [];
/** Per typo: warm times for the right spelling, the typo with its vocabulary fetched, and the typo again. */
const corrections: { typo: string; right: string; times: Record<'right' | 'first' | 'again', number[]> }[] = [];
try {
  for (const query of QUERIES) {
    const bytes: number[] = [];
    const cold: number[] = [];
    const typed: number[] = [];
    const warm: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
      let transferred = 0;
      const pending: Promise<void>[] = [];
      page.on('response', (response) =>
        pending.push(
          response.body().then(
            (body) => void (transferred += transferSize(response.url(), body)),
            () => undefined,
          ),
        ),
      );
      const timeToResults = (text: string, delay = 0) => measure(page, text, delay);
      cold.push(await timeToResults(query));
      await Promise.all(pending);
      bytes.push(transferred);
      warm.push(await timeToResults(query === 'BRICS' ? 'Taiwan' : 'BRICS'));
      await context.close();
      // A person typing: focus, then a key every 80 ms.
      const typist = await browser.newContext();
      const typistPage = await typist.newPage();
      await typistPage.goto(`${server.url}/`, { waitUntil: 'networkidle' });
      typed.push(await measure(typistPage, query, 80));
      await typist.close();
    }
    rows.push({ query, bytes: median(bytes), cold, typed, warm });
  }
  for (const [typo, right] of TYPOS) {
    const times = { right: [] as number[], first: [] as number[], again: [] as number[] };
    // The right spelling twice, so its index chunks and result texts are loaded before the typo runs: what
    // is left between them is the correction (the exact-search check, the vocabulary, the edit distance).
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
      await measure(page, 'BRICS', 0); // the search loaded and warm
      await measure(page, right, 0);
      times.right.push(await measure(page, right, 0));
      times.first.push(await measure(page, typo, 0)); // fetches the vocabulary it needs
      times.again.push(await measure(page, typo, 0)); // the vocabulary already fetched
      await context.close();
    }
    corrections.push({ typo, right, times });
  }
} finally {
  await browser.close();
  server.stop();
}
/**
 * Types `text` into the header box and returns the time, taken inside the page, from the
 * last input event to the moment the list first shows results for exactly that text.
 */
async function measure(page: import('@playwright/test').Page, text: string, delay: number): Promise<number> {
  const box = page.getByRole('combobox', { name: 'Search the readouts' });
  await box.fill('');
  await page.evaluate((target) => {
    const w = window as unknown as { lastInput: number; shown: number };
    w.lastInput = 0;
    w.shown = 0;
    const input = document.querySelector('[data-site-search] input')!;
    const list = document.querySelector<HTMLElement>('[data-site-search-list]')!;
    input.addEventListener('input', () => (w.lastInput = performance.now()));
    new MutationObserver(() => {
      if (!w.shown && list.dataset['query'] === target && list.querySelector('[role="option"]'))
        w.shown = performance.now();
    }).observe(list, { attributes: true, childList: true });
  }, text);
  await box.focus();
  await page.keyboard.type(text, { delay });
  await page.waitForFunction(() => (window as unknown as { shown: number }).shown > 0);
  return page.evaluate(() => {
    const w = window as unknown as { lastInput: number; shown: number };
    return w.shown - w.lastInput;
  });
}

console.log(
  `First search in Chromium, median (min–max) of ${RUNS} fresh pages; bytes as a host sends them (gzip -9):\n`,
);
console.log(
  '| query | transferred, first search (KiB) | last keystroke → first result: typed at once, cold (ms) | typed at 80 ms a key, cold (ms) | next search, warm (ms) |\n|---|---|---|---|---|',
);
for (const r of rows)
  console.log(`| ${r.query} | ${kib(r.bytes)} | ${spread(r.cold)} | ${spread(r.typed)} | ${spread(r.warm)} |`);

console.log(
  `\nWhat correcting a word adds to a warm search: last keystroke → first result, median (min–max) of ${RUNS} fresh pages, each warmed with one search and the right spelling:\n`,
);
console.log(
  '| typed | spelled right, warm (ms) | mistyped, its vocabulary fetched (ms) | mistyped again (ms) | added: first / again (ms) |\n|---|---|---|---|---|',
);
for (const { typo, right, times } of corrections) {
  const added = (t: number[]) => Math.round(median(t) - median(times.right));
  console.log(
    `| ${typo} → ${right} | ${spread(times.right)} | ${spread(times.first)} | ${spread(times.again)} | ${added(times.first)} / ${added(times.again)} |`,
  );
}
