import { expect, test, type Page } from '@playwright/test';
import { axeViolations, expectArabicInterface, READOUT, unmarkedArabic } from './helpers.ts';

/**
 * The page at `path` loaded at 390 px, something on it opened by `open`, then four passes of axe over it (390 and
 * 1280 px, light and dark) and its languages checked.
 */
async function expectNoViolationsOpen(page: Page, path: string, open: () => Promise<void>) {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto(path);
  await open();
  const found: Record<string, string[]> = {};
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    found[`${width} light`] = await axeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    found[`${width} dark`] = await axeViolations(page, 'colour');
  }
  expect(found).toEqual(Object.fromEntries(Object.keys(found).map((key) => [key, []])));
  if (path.startsWith('/ar/')) await expectArabicInterface(page);
  else expect(await unmarkedArabic(page)).toEqual([]);
}

/**
 * Each page type at 390 and 1280 px, light and dark. In dark, axe runs the rules a theme can change
 * (COLOUR_RULES: a theme sets colours only); in light, every rule. The reading page's default layout is
 * stacked at 390 px and side by side at 1280, so the two widths audit both. The Arabic-only and
 * English-only layouts are not audited apart: they hide one column (display: none) and add nothing, so
 * axe would see a subset of what it checks side by side. A filtered page hides paragraphs likewise; it
 * is audited once, for its status line.
 */
const pages: { name: string; path: string; ready?: string; widths?: number[] }[] = [
  { name: 'home', path: '/' },
  { name: 'reading page', path: READOUT },
  { name: 'reading page, filtered', path: `${READOUT}?speaker=vladimir-putin&term=taiwan`, widths: [390] },
  { name: 'term index', path: '/terms/' },
  { name: 'term page', path: '/terms/brics/' },
  { name: 'search with results', path: '/search/?q=BRICS', ready: '.result' },
  { name: 'source view', path: `${READOUT}source/` },
  { name: 'paragraph page', path: `${READOUT}12/` },
  { name: '404', path: '/no-such-page/' },
  { name: 'Arabic home', path: '/ar/' },
  { name: 'Arabic reading page', path: `/ar${READOUT}` },
  { name: 'Arabic search with results', path: `/ar/search/?q=${encodeURIComponent('بريكس')}`, ready: '.result' },
  { name: 'Arabic source view', path: `/ar${READOUT}source/` },
  { name: 'Arabic paragraph page', path: `/ar${READOUT}12/` },
  { name: 'Arabic term index', path: '/ar/terms/' },
  { name: 'Arabic term page', path: '/ar/terms/shanghai-cooperation-organisation/' },
  { name: 'Arabic 404', path: '/ar/no-such-page/' },
];

for (const { name, path, ready, widths = [390, 1280] } of pages) {
  test(`axe finds no violations: ${name}, ${widths.join(' and ')} px, light and dark`, async ({ page }) => {
    test.setTimeout(120_000); // four passes of axe
    // One load for both widths: the page follows a resize as it follows the system theme, which
    // switches to dark as a reader's OS does at dusk. Reduced motion, so no colour is measured
    // halfway through a transition.
    // An Arabic page first at 360 px, the narrowest phone: nothing may scroll sideways.
    const arabic = path.startsWith('/ar/');
    await page.setViewportSize({ width: arabic ? 360 : widths[0]!, height: 900 });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(path);
    if (ready) await page.locator(ready).first().waitFor();
    if (arabic)
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        'scroll width at 360 px',
      ).toBeLessThanOrEqual(360);
    const found: Record<string, string[]> = {};
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', 'false');
      found[`${width} light`] = await axeViolations(page);
      await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', 'true');
      found[`${width} dark`] = await axeViolations(page, 'colour');
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((key) => [key, []])));
    // The page, as loaded here, is also checked for its languages: an Arabic page as an Arabic page (lang,
    // direction, no English left), an English one for Arabic outside lang="ar".
    if (path.startsWith('/ar/')) await expectArabicInterface(page);
    else expect(await unmarkedArabic(page)).toEqual([]);
  });
}

/** The quote card's dialog (tests/browser/quote-card.spec.ts tests what it draws), as each interface opens it. */
for (const [path, item] of [
  [READOUT, 'Quote card'],
  [`/ar${READOUT}`, 'بطاقة اقتباس'],
] as const) {
  test(`axe finds no violations: the quote card's dialog (${path}), 390 and 1280 px, light and dark`, async ({
    page,
  }) => {
    test.setTimeout(120_000); // four passes of axe
    await expectNoViolationsOpen(page, path, async () => {
      await page.locator('#p-12 .pair-menu-button').click();
      await page.getByRole('menuitem', { name: item, exact: true }).click();
      await expect(page.getByRole('dialog', { name: item })).toBeVisible();
    });
  });
}

/** A paragraph page's menu of actions, open, as each interface has it (its keys: design.spec.ts). */
for (const [path, button] of [
  [`${READOUT}12/`, 'Paragraph 12 actions'],
  [`/ar${READOUT}12/`, 'أدوات الفقرة ١٢'],
] as const) {
  test(`axe finds no violations: a paragraph page with its menu open (${path}), 390 and 1280 px, light and dark`, async ({
    page,
  }) => {
    test.setTimeout(120_000); // four passes of axe
    await expectNoViolationsOpen(page, path, async () => {
      await page.getByRole('button', { name: button }).click();
      await expect(page.getByRole('menu', { name: button })).toBeVisible();
    });
  });
}

test('every text in Arabic script sits in an element marked lang="ar" with dir="rtl": the pages the axe tests do not load', async ({
  page,
}) => {
  // Beijing's note quotes three Arabic spellings: notes are plain text, so their Arabic runs must be marked too.
  for (const path of ['/terms/beijing/', `/search/?q=${encodeURIComponent('الزكرى')}`]) {
    await page.goto(path);
    if (path.startsWith('/search/')) await page.locator('.result').first().waitFor();
    expect(await unmarkedArabic(page), path).toEqual([]);
  }
});

test('the axe helper reports what axe finds: an image without text and a low-contrast line put into a page', async ({
  page,
}) => {
  await page.goto('/no-such-page/');
  expect(await axeViolations(page)).toEqual([]);
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<img src="/favicon.svg"><p style="color:#ddd;background:#fff">faint</p>');
  });
  expect((await axeViolations(page)).map((v) => v.split(':')[0])).toEqual(['color-contrast', 'image-alt']);
});
