import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, englishLeaks, openTools, READOUT } from './helpers.ts';
import { astroBuild } from '../helpers/astro-build.ts';

test.use({ viewport: { width: 1280, height: 900 } });

/** Selects the first `words` words of sentence `s` of paragraph `n`'s English, as a reader's drag would. */
const selectWords = (page: Page, n: number, s: number, words: number) =>
  page.evaluate(
    ({ n, s, words }) => {
      const seg = document.querySelector(`#p-${n} .gloss .seg[data-s="${s}"]`)!;
      const text = seg.textContent!;
      const end = text.split(' ').slice(0, words).join(' ').length;
      const walker = document.createTreeWalker(seg, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let at = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (at === 0) range.setStart(node, 0);
        if (end <= at + length) {
          range.setEnd(node, end - at);
          break;
        }
        at += length;
      }
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return range.toString();
    },
    { n, s, words },
  );

/** How many ranges each of the reader's highlights draws. */
const drawn = (page: Page) =>
  page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, h.size])));

async function addNote(page: Page, n: number, colour: string, text: string) {
  await page.locator(`#p-${n} .pair-menu-button`).click();
  await page.getByRole('menuitem', { name: 'Highlight or note' }).click();
  const editor = page.getByRole('dialog', { name: 'Highlight or note' });
  await editor.getByRole('radio', { name: colour }).check();
  await editor.getByRole('textbox', { name: 'Note (optional)' }).fill(text);
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('[data-reader-status]')).toHaveText('Saved in this browser only.');
}

async function openNotes(page: Page) {
  await openTools(page);
  await page.getByRole('button', { name: 'My notes' }).click();
  return page.getByRole('dialog', { name: 'My notes' });
}

/** A port nothing listens on now, so no earlier server can answer in this one's place. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

test('a highlight with a note survives a reload, and a rebuild with its gloss line revised flags it without losing it', async ({
  page,
}) => {
  // Two builds of the site into a temporary folder (about 8 s each on this machine), the second incremental.
  test.setTimeout(180_000);
  const work = mkdtempSync(join(tmpdir(), 'bayan-notes-'));
  const readouts = join(work, 'readouts');
  cpSync('content/readouts', readouts, { recursive: true });
  const dist = join(work, 'dist');
  const env = {
    ...process.env,
    BAYAN_READOUTS_DIR: readouts,
    BAYAN_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const build = () => {
    const run = astroBuild(['--outDir', dist], env);
    expect(run.status, run.stderr).toBe(0);
  };
  build();
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/serve.ts', '--dir', dist, '--port', String(port)], {
    stdio: 'ignore',
  });
  try {
    const site = `http://127.0.0.1:${port}`;
    await expect.poll(async () => (await fetch(site).catch(() => null))?.status, { timeout: 10_000 }).toBe(200);
    await page.goto(`${site}${READOUT}`);
    const quote = await selectWords(page, 3, 1, 4);
    expect(quote).toBe('Xi Jinping stressed that,');
    await addNote(page, 3, 'Green', 'Check the Chinese original.');
    await expect.poll(() => drawn(page)).toMatchObject({ 'bayan-green': 1, 'bayan-green-faint': 1 });

    await page.reload();
    await expect.poll(() => drawn(page)).toMatchObject({ 'bayan-green': 1, 'bayan-green-faint': 1 });
    const panel = await openNotes(page);
    const item = panel.getByRole('listitem');
    await expect(item).toHaveCount(1);
    await expect(item.getByRole('link')).toHaveAttribute('href', '#p-3.1');
    await expect(item.locator('blockquote')).toHaveText(quote);
    await expect(item).toContainText('Check the Chinese original.');
    await expect(item.locator('.note-changed')).toHaveCount(0);

    // The gloss line says it differently, and the site is built again into the same folder (its cache kept).
    const file = join(readouts, 'xi-putin-2021-12-15.md');
    const source = readFileSync(file, 'utf8');
    expect(source).toContain('\nXi Jinping stressed that, ');
    writeFileSync(file, source.replace('\nXi Jinping stressed that, ', '\nXi Jinping emphasised that, '));
    build();
    await page.reload();
    await expect(page.locator('#p-3 .gloss .seg[data-s="1"]')).toContainText('Xi Jinping emphasised that,');
    const revised = await openNotes(page);
    await expect(revised.getByRole('listitem')).toHaveCount(1);
    await expect(revised.locator('.note-changed')).toHaveText(/revised since/);
    await expect(revised.getByRole('listitem')).toContainText('Check the Chinese original.');
    await expect(revised.locator('blockquote')).toHaveText(quote);
    expect((await drawn(page))['bayan-green'] ?? 0).toBe(0);
    // Nor drawn anywhere else on the paragraph's own page.
    await page.goto(`${site}${READOUT}3/`);
    await expect(page.locator('#p-3 .gloss')).toContainText('Xi Jinping emphasised that,');
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('bayan-green'))).toBe(true);
    expect(await drawn(page)).toMatchObject({ 'bayan-green': 0, 'bayan-green-faint': 0 });
  } finally {
    server.kill();
    rmSync(work, { recursive: true, force: true });
  }
});

test('a selection across sentences marks exactly its text, its counterpart sentences faintly, in either column', async ({
  page,
}) => {
  await page.goto(READOUT);
  // From the third word of sentence 1 of paragraph 12's English to the fourth word of sentence 2.
  const quote = await page.evaluate(() => {
    const segs = document.querySelectorAll('#p-12 .gloss .seg');
    const at = (seg: Element, words: number) => {
      const text = seg.textContent!;
      const offset = text.split(' ').slice(0, words).join(' ').length;
      const walker = document.createTreeWalker(seg, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (offset <= seen + node.textContent!.length) return [node, offset - seen] as const;
        seen += node.textContent!.length;
      }
      throw new Error('no such word');
    };
    const range = document.createRange();
    range.setStart(...at(segs[0]!, 2));
    range.setEnd(...at(segs[1]!, 4));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return range.toString();
  });
  expect(quote).toMatch(/^ cooperation, Xi Jinping .* and other events\. We are keen to$/);
  await addNote(page, 12, 'Blue', 'Across two sentences.');
  const shown = () =>
    page.evaluate(() => ({
      exact: [...(CSS.highlights.get('bayan-blue') ?? [])].map((r) => r.toString()),
      faint: [...(CSS.highlights.get('bayan-blue-faint') ?? [])].map((r) => {
        const node = (r as Range).commonAncestorContainer;
        return (node instanceof Element ? node : node.parentElement)?.closest('.seg')?.id ?? '';
      }),
    }));
  const expected = { exact: [quote], faint: ['p-12.1', 'p-12.2'] };
  await expect.poll(shown).toEqual(expected);
  await page.reload();
  await expect.poll(shown).toEqual(expected);
  const panel = await openNotes(page);
  await expect(panel.getByRole('link')).toHaveAttribute('href', '#p-12.1-2');
  await expect(panel.getByRole('link')).toHaveText(/paragraph 12, sentences 1–2$/);
  await expect(panel.locator('blockquote')).toHaveText(quote.trim());
  await panel.getByRole('button', { name: 'Close' }).click();

  // In the Arabic column: sentences 3 to 5, their English faintly.
  await page.evaluate(() => {
    const segs = document.querySelectorAll('#p-12 .pair-text .seg');
    const range = document.createRange();
    range.setStart(segs[2]!.firstChild!, 6);
    range.setEnd(segs[4]!.firstChild!, 10);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  const arabic = await page.evaluate(() => getSelection()!.toString());
  await addNote(page, 12, 'Green', 'Arabic.');
  await expect
    .poll(() =>
      page.evaluate(() => ({
        exact: [...(CSS.highlights.get('bayan-green') ?? [])].map((r) => r.toString()),
        faint: [...(CSS.highlights.get('bayan-green-faint') ?? [])].length,
      })),
    )
    .toEqual({ exact: [arabic], faint: 3 });
});

test('a paragraph note; export to Markdown and JSON, delete all (asked first), import twice without duplicates', async ({
  page,
}) => {
  await page.goto(READOUT);
  await addNote(page, 12, 'Blue', 'Taiwan: compare the Russian readout.');
  let panel = await openNotes(page);
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByRole('link')).toHaveAttribute('href', '#p-12');

  const markdown = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export Markdown' }).click();
  const md = readFileSync((await (await markdown).path())!, 'utf8');
  expect(md).toMatch(/^## Xi Jinping holds a virtual meeting with Vladimir Putin, paragraph 12\n\n> [\u0600-\u06FF]/);
  expect(md).toContain('>\n> ');
  expect(md).toContain('Taiwan: compare the Russian readout.');
  expect(md).toContain(`${READOUT}#p-12`);

  const json = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export JSON' }).click();
  const file = await (await json).path();
  const exported = JSON.parse(readFileSync(file!, 'utf8'));
  expect(exported.type).toBe('AnnotationCollection');
  expect(exported.items[0].target.selector[1].type).toBe('TextQuoteSelector');

  page.once('dialog', (d) => void d.accept());
  await panel.getByRole('button', { name: 'Delete all' }).click();
  await expect(panel).toContainText('No notes yet.');

  for (let i = 0; i < 2; i++) await panel.getByLabel('Import JSON').setInputFiles(file!);
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(page.locator('[data-reader-status]')).toHaveText('0 notes imported.');
  await panel
    .getByLabel('Import JSON')
    .setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from(md) });
  await expect(page.locator('[data-reader-status]')).toHaveText(
    'Nothing imported: notes.md is not a JSON file of notes.',
  );
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  // A store that refuses the notes is said, and the next import still runs.
  page.once('dialog', (d) => void d.accept());
  await panel.getByRole('button', { name: 'Delete all' }).click();
  await expect(panel).toContainText('No notes yet.');
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    Object.assign(window, { realPut: put });
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await panel.getByLabel('Import JSON').setInputFiles(file!);
  await expect(page.locator('[data-reader-status]')).toHaveText(
    'The import did not finish: this browser would not store the notes.',
  );
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = (window as unknown as { realPut: IDBObjectStore['put'] }).realPut;
  });
  await panel.getByLabel('Import JSON').setInputFiles(file!);
  await expect(page.locator('[data-reader-status]')).toHaveText('1 note imported.');
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  panel = page.getByRole('dialog', { name: 'My notes' });
  await panel.getByRole('searchbox', { name: 'Search my notes' }).fill('nothing like this');
  await expect(panel.getByRole('listitem')).toHaveCount(0);
  await panel.getByRole('searchbox', { name: 'Search my notes' }).fill('russian readout');
  await expect(panel.getByRole('listitem')).toHaveCount(1);
});

test('the notes in the Arabic interface: Arabic words, no English leaks, axe in light and dark', async ({ page }) => {
  await page.goto(`/ar${READOUT}`);
  await page.locator('#p-2 .pair-menu-button').click();
  await page.getByRole('menuitem', { name: 'تظليل أو ملاحظة' }).click();
  const editor = page.getByRole('dialog', { name: 'تظليل أو ملاحظة' });
  await expect(editor).toContainText('الفقرة ٢ كلها');
  expect(await englishLeaks(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await editor.getByRole('button', { name: 'حفظ' }).click();
  await openTools(page);
  await page.getByRole('button', { name: 'ملاحظاتي' }).click();
  const panel = page.getByRole('dialog', { name: 'ملاحظاتي' });
  await expect(panel.getByRole('link')).toHaveText(/الفقرة ٢$/);
  expect(await englishLeaks(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page, 'colour')).toEqual([]);
});

// A paragraph page (/readouts/<slug>/<n>/) has the reading page's menu, and the reader's notes on the readout:
// stored with the same anchors, so either page shows what was made on the other.
for (const ui of [
  {
    prefix: '',
    actions: (n: number) => `Paragraph ${n} actions`,
    note: 'Highlight or note',
    colour: 'Blue',
    text: 'Note (optional)',
    save: 'Save',
    saved: 'Saved in this browser only.',
    myNotes: 'My notes',
    link: /paragraph 12, sentence 2$/,
  },
  {
    prefix: '/ar',
    actions: (n: number) => `أدوات الفقرة ${n.toLocaleString('ar-EG')}`,
    note: 'تظليل أو ملاحظة',
    colour: 'أزرق',
    text: 'ملاحظة (اختيارية)',
    save: 'حفظ',
    saved: 'حُفظت في هذا المتصفح وحده.',
    myNotes: 'ملاحظاتي',
    link: /الفقرة ١٢، الجملة ٢$/,
  },
]) {
  test(`a note made on the reading page shows on the paragraph page, and one made there on the reading page (${ui.prefix || '/'})`, async ({
    page,
  }) => {
    const add = async (n: number, text: string) => {
      await page.getByRole('button', { name: ui.actions(n) }).click();
      await page.getByRole('menuitem', { name: ui.note }).click();
      const editor = page.getByRole('dialog', { name: ui.note });
      await editor.getByRole('radio', { name: ui.colour }).check();
      await editor.getByRole('textbox', { name: ui.text }).fill(text);
      await editor.getByRole('button', { name: ui.save }).click();
      await expect(page.locator('[data-reader-status]')).toHaveText(ui.saved);
    };
    const marked = () =>
      page.evaluate(() => ({
        exact: [...(CSS.highlights.get('bayan-blue') ?? [])].map((r) => r.toString()),
        faint: [...(CSS.highlights.get('bayan-blue-faint') ?? [])].length,
      }));
    await page.goto(`${ui.prefix}${READOUT}`);
    const first = await selectWords(page, 12, 1, 5);
    await add(12, 'From the reading page.');

    await page.goto(`${ui.prefix}${READOUT}12/`);
    await expect.poll(marked).toEqual({ exact: [first], faint: 1 });
    // ¶12's second sentence, on the paragraph page.
    const second = await selectWords(page, 12, 2, 4);
    await add(12, 'From the paragraph page.');
    // In the order the notes are stored (by their random ids).
    await expect
      .poll(async () => ({ ...(await marked()), exact: (await marked()).exact.sort() }))
      .toEqual({
        exact: [first, second].sort(),
        faint: 2,
      });
    const stored = await page.evaluate(
      () =>
        new Promise<{ source: string; readout: string; title: string; s?: number }[]>((resolve) => {
          const open = indexedDB.open('bayan-notes', 1);
          open.onsuccess = () => {
            const all = open.result.transaction('notes').objectStore('notes').getAll();
            all.onsuccess = () =>
              resolve(
                all.result.map((n) => ({
                  source: n.target.source,
                  readout: n.bayan.readout,
                  title: n.bayan.title.en,
                  s: n.bayan.s,
                })),
              );
          };
        }),
    );
    expect(stored.find((n) => n.s === 2)).toEqual({
      source: expect.stringMatching(new RegExp(`${ui.prefix}${READOUT}$`)),
      readout: 'xi-putin-2021-12-15',
      title: 'Xi Jinping holds a virtual meeting with Vladimir Putin',
      s: 2,
    });
    expect(stored.map((n) => n.source)).toEqual([stored[0]!.source, stored[0]!.source]);

    await page.goto(`${ui.prefix}${READOUT}`);
    await expect.poll(async () => (await marked()).exact.sort()).toEqual([first, second].sort());
    await openTools(page);
    await page.getByRole('button', { name: ui.myNotes }).click();
    const panel = page.getByRole('dialog', { name: ui.myNotes });
    await expect(panel.getByRole('listitem')).toHaveCount(2);
    await expect(panel.getByRole('link', { name: ui.link })).toHaveAttribute('href', '#p-12.2');
    await expect(panel.locator('.note-changed')).toHaveCount(0);
  });
}
