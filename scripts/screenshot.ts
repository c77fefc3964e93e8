/**
 * `npm run screenshot -- [path] [out-dir]`: screenshots a built page at 390 and
 * 1280 px, light and dark, for checking by eye (needs `npm run serve` running).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';

const path = process.argv[2] ?? '/';
const out = process.argv[3] ?? 'screenshots';
const base = process.env['BAYAN_URL'] ?? 'http://127.0.0.1:4321';
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
for (const width of [390, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
    await page.goto(base + path, { waitUntil: 'networkidle' }); // search results and popovers settle first
    await page.evaluate(() => document.fonts.ready);
    const file = `${out}/${name}-${width}-${colorScheme}.png`;
    await page.screenshot({ path: file, fullPage: process.env['FULL'] === '1' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
