/**
 * The subset Arabic face shapes exactly as the full one: the whole readout's Arabic, rendered with each
 * face in turn, gives the same pixels (no tolerance). A glyph dropped by the subset would fall back to
 * another font, and a lost OpenType feature (joining forms, ligatures, mark placement) would change the shapes.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { FULL_FACE } from '../../src/lib/build/font-subset.ts';
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
