import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { READOUT } from './helpers.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const pages = [
  { name: 'home', path: '/' },
  { name: 'reading page', path: READOUT },
  { name: 'reading page, Arabic only', path: `${READOUT}?view=ar` },
  { name: 'reading page, English only', path: `${READOUT}?view=en` },
  { name: 'term index', path: '/terms/' },
  { name: 'term page', path: '/terms/brics/' },
  { name: 'reading page, filtered', path: `${READOUT}?speaker=vladimir-putin&term=taiwan` },
  { name: '404', path: '/no-such-page/' },
];

for (const { name, path } of pages) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      test(`axe finds no violations: ${name}, ${colorScheme}, ${width}px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      });
    }
  }
}
