/**
 * Quote cards (src/client/reader/card/): the paragraph menu's "Quote card" in both interfaces, the PNG's
 * exact sizes, its Arabic drawn (not blank) and shaped as the page shapes it, a long quotation shortened at
 * a word boundary, a selection quoted with its counterpart sentence.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { englishLeaks, READOUT } from './helpers.ts';

const LIGHT = { bg: '#fbfaf7', text: '#1d1f21' };

/** Selects characters `from`…`to` of an element's text, as a reader's drag would. */
const select = (page: Page, selector: string, from: number, to: number) =>
  page.evaluate(
    ({ selector, from, to }) => {
      const element = document.querySelector(selector)!;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let at = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (at <= from && from <= at + length) range.setStart(node, from - at);
        if (at <= to && to <= at + length) {
          range.setEnd(node, to - at);
          break;
        }
        at += length;
      }
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return range.toString();
    },
    { selector, from, to },
  );

/** Opens paragraph `n`'s quote card from its menu (the item named in the interface's language). */
async function openCard(page: Page, n: number, item = 'Quote card') {
  await page.locator(`#p-${n} .pair-menu-button`).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: item });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('canvas')).toHaveAttribute('data-drawn', /\d/);
  return dialog;
}

/** What the card says it drew: the Arabic's lines, their type size and ink box. */
const arabicOf = (page: Page) =>
  page
    .locator('canvas.card-preview')
    .getAttribute('data-arabic')
    .then((json) => JSON.parse(json!) as { size: number; box: [number, number, number, number]; lines: string[] });

/** The PNG a click on "Download PNG" saves: its name, width and height (from its IHDR chunk), and bytes. */
async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const bytes = readFileSync((await file.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { name: file.suggestedFilename(), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bytes };
}

/** The share of a region's pixels that differ clearly from the card's background: ink. */
const inkIn = (page: Page, png: Buffer, box: [number, number, number, number]) =>
  page.evaluate(
    async ({ base64, box }) => {
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))]));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(...box);
      const [r0, g0, b0] = ctx.getImageData(2, 2, 1, 1).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4)
        if (Math.abs(data[i]! - r0!) + Math.abs(data[i + 1]! - g0!) + Math.abs(data[i + 2]! - b0!) > 120) ink++;
      return ink / (data.length / 4);
    },
    { base64: png.toString('base64'), box },
  );

for (const width of [390, 1280]) {
  test(`"Quote card" opens the card's dialog in both interfaces at ${width} px, nothing wider than the screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const [path, item, download] of [
      [READOUT, 'Quote card', 'Download PNG'],
      [`/ar${READOUT}`, 'بطاقة اقتباس', 'تنزيل الصورة'],
    ] as const) {
      await page.goto(path);
      const dialog = await openCard(page, 12, item);
      await expect(dialog.getByRole('button', { name: download })).toBeVisible();
      const canvas = (await dialog.locator('canvas').boundingBox())!;
      expect(canvas.x).toBeGreaterThanOrEqual(0);
      expect(canvas.x + canvas.width).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      if (path.startsWith('/ar/')) {
        expect(await englishLeaks(page)).toEqual([]);
        await expect(dialog.getByRole('textbox')).toHaveValue(/شي جينبينغ، ١٥ ديسمبر ٢٠٢١، الفقرة ١٢/);
      } else await expect(dialog.getByRole('textbox')).toHaveValue(/Xi Jinping, 15 December 2021, ¶12\. http/);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(page.locator('#p-12 .pair-menu-button')).toBeFocused();
    }
  });
}

test("a paragraph page's card, for its paragraph or a neighbour, is the reading page's: same quotation, reference and link, in both interfaces", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const [prefix, item] of [
    ['', 'Quote card'],
    ['/ar', 'بطاقة اقتباس'],
  ] as const) {
    for (const n of [12, 13]) {
      await page.goto(`${prefix}${READOUT}`);
      let dialog = await openCard(page, n, item);
      const alt = await dialog.getByRole('textbox').inputValue();
      await page.goto(`${prefix}${READOUT}12/`);
      dialog = await openCard(page, n, item);
      await expect(dialog.getByRole('textbox')).toHaveValue(alt);
      expect(alt).toContain(`${prefix}${READOUT}#p-${n}`);
      if (prefix) expect(await englishLeaks(page)).toEqual([]);
      else expect(alt).toMatch(new RegExp(`Xi Jinping, 15 December 2021, ¶${n}\\. http`));
      const png = await download(page, prefix ? 'تنزيل الصورة' : 'Download PNG');
      expect(png.name).toBe(`xi-putin-2021-12-15-p${n}-wide.png`);
      await page.keyboard.press('Escape');
      await expect(page.locator(`#p-${n} .pair-menu-button`)).toBeFocused();
    }
  }
});

test('the PNG is exactly 1200 × 630 wide and 1080 × 1080 square, light and dark, its Arabic not blank', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/ar${READOUT}`);
  const dialog = await openCard(page, 12, 'بطاقة اقتباس');
  // The page's theme to begin with.
  await expect(dialog.getByRole('radio', { name: 'داكن' })).toBeChecked();
  for (const [size, width, height] of [
    ['عريضة (١٢٠٠ × ٦٣٠)', 1200, 630],
    ['مربعة (١٠٨٠ × ١٠٨٠)', 1080, 1080],
  ] as const) {
    for (const theme of ['فاتح', 'داكن']) {
      const drawn = await page.locator('canvas.card-preview').getAttribute('data-drawn');
      await dialog.getByRole('radio', { name: size }).check();
      await dialog.getByRole('radio', { name: theme }).check();
      await expect(page.locator('canvas.card-preview')).not.toHaveAttribute('data-drawn', drawn!);
      const png = await download(page, 'تنزيل الصورة');
      expect({ width: png.width, height: png.height }).toEqual({ width, height });
      expect(png.name).toMatch(/^xi-putin-2021-12-15-p12-(wide|square)(-dark)?\.png$/);
      const { box } = await arabicOf(page);
      expect(box[2] * box[3]).toBeGreaterThan(width * height * 0.1);
      expect(await inkIn(page, png.bytes, box)).toBeGreaterThan(0.04);
    }
  }
});

test('a long selection is shortened at a word boundary with an ellipsis; a short one is quoted whole, with its counterpart', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(READOUT);
  // The whole of paragraph 12's Arabic, selected.
  const whole = await page.locator('#p-12 .pair-text').evaluate((p) => p.textContent!.replace(/\s+/g, ' ').trim());
  await select(page, '#p-12 .pair-text', 0, whole.length);
  let dialog = await openCard(page, 12);
  await dialog.getByRole('radio', { name: 'Square (1080 × 1080)' }).check();
  await expect(page.locator('canvas.card-preview')).toHaveAttribute('data-size', 'square');
  const { lines } = await arabicOf(page);
  const last = lines.at(-1)!;
  expect(last.endsWith('…')).toBe(true);
  const words = whole.split(' ');
  const shown = lines.join(' ').slice(0, -1).split(' ');
  // Whole words of the text, from its start, in order: none cut.
  expect(shown).toEqual(words.slice(0, shown.length));
  expect(shown.length).toBeLessThan(words.length);
  await expect(dialog.getByRole('textbox')).toHaveValue(/…/);
  await page.keyboard.press('Escape');

  // Four English words of sentence 2: quoted as selected, with the Arabic of sentence 2.
  await select(page, '#p-12 .gloss .seg[data-s="2"]', 0, 'We are keen to maintain'.length);
  dialog = await openCard(page, 12);
  const arabic2 = (await page.locator('#p-12 .pair-text .seg[data-s="2"]').textContent())!.replace(/\s+/g, ' ').trim();
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  await expect(dialog.getByRole('textbox')).toHaveValue(
    `Quote card. In Arabic: «${arabic2}» In English: “We are keen to maintain” Xi Jinping, 15 December 2021, ¶12. ${canonical}#p-12`,
  );
});

/**
 * How alike two drawings of a line are: each cut to its ink (what differs from the background), scaled to
 * the same size, and correlated; times the ratio of their widths, so a line drawn wider or narrower (its
 * letters apart) scores lower however alike its shapes. 1 is identical.
 */
async function similarity(page: Page, card: [number, number, number, number], line: Buffer) {
  return page.evaluate(
    async ({ card, base64, bg }) => {
      const cardCanvas = document.querySelector<HTMLCanvasElement>('canvas.card-preview')!;
      const lineBitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))]));
      const source = (image: CanvasImageSource, x: number, y: number, w: number, h: number) => {
        const c = new OffscreenCanvas(w, h);
        const ctx = c.getContext('2d', { willReadFrequently: true })!;
        ctx.drawImage(image, x, y, w, h, 0, 0, w, h);
        return c;
      };
      const background = [1, 3, 5].map((i) => parseInt(bg.slice(i, i + 2), 16));
      /** The ink's bounding box of a canvas: where it differs from the background. */
      const inkBox = (c: OffscreenCanvas) => {
        const { data, width, height } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
        let [x0, y0, x1, y1] = [width, height, -1, -1];
        for (let y = 0; y < height; y++)
          for (let x = 0; x < width; x++) {
            const i = (y * width + x) * 4;
            const d =
              Math.abs(data[i]! - background[0]!) +
              Math.abs(data[i + 1]! - background[1]!) +
              Math.abs(data[i + 2]! - background[2]!);
            if (d > 90) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
          }
        return [x0, y0, x1 - x0 + 1, y1 - y0 + 1] as const;
      };
      const margin = 12;
      const a = source(cardCanvas, card[0] - margin, card[1] - margin, card[2] + 2 * margin, card[3] + 2 * margin);
      const b = source(lineBitmap, 0, 0, lineBitmap.width, lineBitmap.height);
      const [ax, ay, aw, ah] = inkBox(a);
      const [bx, by, bw, bh] = inkBox(b);
      // Both at the card's ink size, in grey levels of ink.
      const ink = (c: OffscreenCanvas, x: number, y: number, w: number, h: number) => {
        const d = source(c, 0, 0, c.width, c.height);
        const out = new OffscreenCanvas(aw, ah);
        const ctx = out.getContext('2d', { willReadFrequently: true })!;
        ctx.drawImage(d, x, y, w, h, 0, 0, aw, ah);
        const { data } = ctx.getImageData(0, 0, aw, ah);
        const values: number[] = [];
        for (let i = 0; i < data.length; i += 4)
          values.push(
            Math.abs(data[i]! - background[0]!) +
              Math.abs(data[i + 1]! - background[1]!) +
              Math.abs(data[i + 2]! - background[2]!),
          );
        return values;
      };
      const p = ink(a, ax, ay, aw, ah);
      const q = ink(b, bx, by, bw, bh);
      const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
      const [mp, mq] = [mean(p), mean(q)];
      let [pq, pp, qq] = [0, 0, 0];
      for (let i = 0; i < p.length; i++) {
        pq += (p[i]! - mp) * (q[i]! - mq);
        pp += (p[i]! - mp) ** 2;
        qq += (q[i]! - mq) ** 2;
      }
      const correlation = pq / Math.sqrt(pp * qq);
      return { score: correlation * (Math.min(aw, bw) / Math.max(aw, bw)), correlation, widths: [aw, bw] };
    },
    { card, base64: line.toString('base64'), bg: LIGHT.bg },
  );
}

/** The line as the page draws it, in the card's face, size and colours: as it is, reversed, or letter by letter. */
async function pageLine(
  page: Page,
  text: string,
  size: number,
  how: 'as is' | 'reversed' | 'letters' | 'fillText letters',
) {
  if (how === 'fillText letters') {
    // What the card must never do: one fillText a letter, right to left, each then in its isolated form.
    const base64 = await page.evaluate(
      ({ text, size, colours }) => {
        const canvas = document.createElement('canvas');
        canvas.width = size * text.length;
        canvas.height = size * 3;
        const ctx = canvas.getContext('2d')!;
        ctx.fillStyle = colours.bg;
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.font = `${size}px ${getComputedStyle(document.documentElement).getPropertyValue('--bayan-font-arabic')}`;
        ctx.direction = 'rtl';
        ctx.fillStyle = colours.text;
        let x = canvas.width - size;
        for (const letter of text) {
          ctx.fillText(letter, x, size * 2);
          x -= ctx.measureText(letter).width;
        }
        return canvas.toDataURL().split(',')[1]!;
      },
      { text, size, colours: LIGHT },
    );
    return Buffer.from(base64, 'base64');
  }
  await page.evaluate(
    ({ text, size, how, colours }) => {
      document.querySelector('[data-card-compare]')?.remove();
      const box = document.createElement('div');
      box.dataset['cardCompare'] = '';
      box.style.cssText = `position: fixed; inset: 0 auto auto 0; z-index: 10000; padding: 24px; background: ${colours.bg}; color: ${colours.text}`;
      const line = document.createElement('span');
      line.lang = 'ar';
      line.dir = 'rtl';
      line.style.cssText = `font: ${size}px var(--bayan-font-arabic); white-space: nowrap; line-height: 2`;
      if (how === 'letters')
        // Each letter a box of its own: the browser then draws its isolated form, as a per-letter fillText would.
        for (const letter of text) {
          const one = document.createElement('span');
          one.style.display = 'inline-block';
          one.textContent = letter === ' ' ? '\u00a0' : letter;
          line.append(one);
        }
      else line.textContent = how === 'reversed' ? [...text].reverse().join('') : text;
      box.append(line);
      document.body.append(box);
    },
    { text, size, how, colours: LIGHT },
  );
  // The dialog is modal: the compared line goes into its top layer too.
  return page.locator('[data-card-compare]').screenshot();
}

test('the card’s Arabic is the page’s Arabic: joined, right to left; letters apart or reversed would not pass', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(READOUT);
  await page.evaluate(() => document.fonts.ready);
  // A few words of paragraph 12's Arabic: one line on the card.
  const selected = await select(
    page,
    '#p-12 .pair-text .seg[data-s="1"]',
    0,
    'فيما يخص تعاون بريكس، أشار شي جينبينغ'.length,
  );
  expect(selected).toBe('فيما يخص تعاون بريكس، أشار شي جينبينغ');
  const dialog = await openCard(page, 12);
  await expect(dialog.getByRole('radio', { name: 'Light' })).toBeChecked();
  const { lines, size, box } = await arabicOf(page);
  expect(lines).toEqual([selected]);
  // Close the dialog, so the line drawn in the page is not under its backdrop; the canvas stays in the page.
  await page.keyboard.press('Escape');
  await page.evaluate(() => {
    const canvas = document.querySelector('canvas.card-preview')!;
    document.body.append(canvas);
  });
  const scores: Record<string, number> = {};
  for (const how of ['as is', 'reversed', 'letters', 'fillText letters'] as const) {
    const result = await similarity(page, box, await pageLine(page, selected, size, how));
    console.log(how, JSON.stringify(result));
    scores[how] = result.score;
  }
  expect(scores['as is']).toBeGreaterThan(0.9);
  expect(scores['reversed']).toBeLessThan(0.9);
  expect(scores['letters']).toBeLessThan(0.9);
  expect(scores['fillText letters']).toBeLessThan(0.9);
});
