/**
 * The subset Arabic face shapes exactly as the full one: the whole readout's Arabic, rendered with each
 * face in turn, gives the same pixels (no tolerance). A glyph dropped by the subset would fall back to
 * another font, and a lost OpenType feature (joining forms, ligatures, mark placement) would change the shapes.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CHINESE_FACE, FULL_FACE } from '../../src/lib/build/font-subset.ts';
import { SUBSET_FILE } from '../../src/integrations/fonts.ts';
import { SOURCE_LINES } from './helpers.ts';

const dataUrl = (file: string) => `data:font/woff2;base64,${readFileSync(file).toString('base64')}`;

test('the subset face renders the whole readout exactly as the full face does', async ({ page }) => {
  test.setTimeout(60_000);
  const subsetBytes = readFileSync(SUBSET_FILE).length;
  expect(subsetBytes).toBeLessThan(readFileSync(FULL_FACE).length / 3);
  await page.setViewportSize({ width: 900, height: 800 });
  await page.setContent(`<!doctype html><html><head><style>
    @font-face { font-family: Full; src: url(${dataUrl(FULL_FACE)}) format('woff2'); }
    @font-face { font-family: Subset; src: url(${dataUrl(SUBSET_FILE)}) format('woff2'); }
    body { margin: 0; background: #fff; color: #000; }
    #text { inline-size: 860px; font-size: 22px; line-height: 2; font-family: Full; }
  </style></head><body><div id="text" lang="ar" dir="rtl">${SOURCE_LINES.filter(Boolean)
    .map((l) => `<p>${l}</p>`)
    .join('')}</div></body></html>`);
  const text = page.locator('#text');
  const render = async (family: string) => {
    await text.evaluate((el, f) => (el.style.fontFamily = f), family);
    await page.evaluate(async (f) => {
      await document.fonts.load(`22px ${f}`, 'بيان');
      await document.fonts.ready;
    }, family);
    expect(await page.evaluate((f) => document.fonts.check(`22px ${f}`, 'بيان'), family)).toBe(true);
    return text.screenshot({ animations: 'disabled' });
  };
  const full = await render('Full');
  const subset = await render('Subset');
  expect(full.length).toBeGreaterThan(10_000);
  expect(subset.equals(full)).toBe(true);
});

test('Chinese names render in the served cut of Noto Sans SC, glyph for glyph as the full face, not as empty boxes', async ({
  page,
}) => {
  await page.goto('/terms/shanghai-cooperation-organisation/');
  const chinese = page.locator('.term-names [lang="zh-Hans"]').first();
  await expect(chinese).toHaveText('上海合作组织');
  await page.evaluate(() => document.fonts.ready);
  expect(
    await page.evaluate(() =>
      [...document.fonts].some((f) => f.family === 'Bayan Noto Sans SC' && f.status === 'loaded'),
    ),
  ).toBe(true);
  const shot = async (family: string) => {
    await chinese.evaluate((el, f) => (el.style.fontFamily = f), family);
    await page.evaluate(async (f) => {
      await document.fonts.load(`16px ${f}`, '上海');
      await document.fonts.ready;
    }, family);
    return chinese.screenshot({ animations: 'disabled' });
  };
  const served = await shot('"Bayan Noto Sans SC"');
  // The full face from the page's own origin: the site's CSP allows fonts from 'self' only.
  await page.route('**/test-full-chinese-face.woff2', (route) =>
    route.fulfill({ body: readFileSync(CHINESE_FACE.full), contentType: 'font/woff2' }),
  );
  await page.addStyleTag({
    content: `@font-face { font-family: Full; src: url(/test-full-chinese-face.woff2) format('woff2'); }`,
  });
  const full = await shot('Full');
  const boxes = await shot('"No Such Face", sans-serif');
  // The cut keeps every glyph and advance: the same width as the full face. (Its line box is a few pixels shorter:
  // hb-subset recomputes the vertical extents from the glyphs kept.) Without it, this browser has no Chinese face
  // at all, as Debian's Chromium in CI: it draws boxes, most pixels different.
  const width = (png: Buffer) => png.readUInt32BE(16);
  expect(width(served)).toBe(width(full));
  expect(await changedPixels(page, served, boxes)).toBeGreaterThan(0.05);
});

/** The share of pixels that differ between two screenshots, decoded by the browser in a page of its own. */
async function changedPixels(page: import('@playwright/test').Page, a: Buffer, b: Buffer): Promise<number> {
  const blank = await page.context().newPage();
  const share = await blank.evaluate(
    async ({ a, b }) => {
      const pixels = async (base64: string) => {
        const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return { data: context.getImageData(0, 0, image.width, image.height).data, width: image.width };
      };
      const [x, y] = [await pixels(a), await pixels(b)];
      if (x.data.length !== y.data.length) return 1; // another size is another rendering
      let changed = 0;
      for (let i = 0; i < x.data.length; i += 4)
        if (
          Math.abs(x.data[i]! - y.data[i]!) +
            Math.abs(x.data[i + 1]! - y.data[i + 1]!) +
            Math.abs(x.data[i + 2]! - y.data[i + 2]!) >
          96
        )
          changed++;
      return changed / (x.data.length / 4);
    },
    { a: a.toString('base64'), b: b.toString('base64') },
  );
  await blank.close();
  return share;
}

test('the reading page does not download the Chinese face', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'font' && fonts.push(r.url()));
  await page.goto('/readouts/xi-putin-2021-12-15/');
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.some((u) => u.includes('noto-sans-sc'))).toBe(false);
  expect(fonts.length).toBeGreaterThan(0); // the Arabic face, so the listener did hear fonts
});
