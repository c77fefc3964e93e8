import { expect, test, type Page } from '@playwright/test';
import { axeViolations, englishLeaks, READOUT, SOURCE_LINES, unmarkedArabic } from './helpers.ts';

const AR_READOUT = `/ar${READOUT}`;
const wordsButton = (page: Page) => page.locator('[data-study="words"]:visible');
const vowelsButton = (page: Page) => page.locator('[data-study="vowels"]:visible');

test.describe('word study on the reading page', () => {
  test('off by default: no word markup, no extra tab stop, and the words file is not fetched', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => r.url().endsWith('words.json') && fetched.push(r.url()));
    await page.goto(READOUT);
    await expect(wordsButton(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('.pair-original .w')).toHaveCount(0);
    await page.waitForTimeout(300);
    expect(fetched).toEqual([]);
  });

  test('word mode: a word opens its card, in the URL and remembered; text unchanged', async ({ page }) => {
    await page.goto(READOUT);
    await wordsButton(page).click();
    await expect(wordsButton(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]words=on/);
    const words = page.locator('#p-1 .pair-original .w[role="button"]');
    await expect(words).toHaveCount(17);
    expect(await page.locator('#p-1 .pair-text').textContent()).toBe(SOURCE_LINES[0]);
    await words.nth(1).hover();
    const card = page.locator('#word-card');
    await expect(card).toBeVisible();
    await expect(card.locator('.word-card__v')).toHaveText('الرَّئِيسُ');
    await expect(card).toContainText('ر ء س');
    await expect(card).toContainText('President');
    await expect(card).toContainText('definite');
    await expect(words.nth(1)).toHaveAttribute('aria-describedby', 'word-card');
    // Remembered: a new visit without the parameter opens in word mode.
    await page.goto(READOUT);
    await expect(page.locator('#p-1 .pair-original .w[role="button"]')).toHaveCount(17);
  });

  test('keyboard: one tab stop, ← → move in reading order, Enter opens the card, Escape closes it', async ({
    page,
  }) => {
    await page.goto(`${READOUT}?words=on`);
    const words = page.locator('#p-1 .pair-original .w[role="button"]');
    await expect(words).toHaveCount(17);
    await expect(page.locator('.pair-original .w[tabindex="0"]')).toHaveCount(1);
    await words.first().focus();
    await page.keyboard.press('ArrowLeft');
    await expect(words.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await expect(words.nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#word-card')).toBeVisible();
    await expect(page.locator('#word-card :focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.locator('#word-card')).toBeHidden();
    await expect(words.nth(1)).toBeFocused();
  });

  test('a word inside a glossary term opens its card, which links the term', async ({ page }) => {
    await page.goto(`${READOUT}?words=on`);
    const inTerm = page.locator('#p-1 .pair-original a.term .w[role="button"]').first();
    await inTerm.click();
    await expect(page).toHaveURL(new RegExp(`${READOUT}\\?words=on$`));
    await expect(page.locator('#word-card a[href*="/terms/"]')).toHaveCount(1);
  });

  test('lights every word of a root with a count, and steps through them', async ({ page }) => {
    await page.goto(`${READOUT}?words=on`);
    await page.locator('#p-1 .pair-original .w[role="button"]').nth(1).click();
    await page.locator('#word-card [data-light="root"]').click();
    const trail = page.locator('.word-trail');
    await expect(trail).toBeVisible();
    await expect(trail).toContainText(/\d+ words of the root ر ء س in \d+ paragraphs?/);
    const lit = await page.locator('.w.is-lit').count();
    expect(lit).toBeGreaterThan(1);
    await expect(trail).toContainText(`1 of ${lit}`);
    await trail.getByRole('button', { name: 'Next' }).click();
    await expect(trail).toContainText(`2 of ${lit}`);
    await trail.getByRole('button', { name: 'Stop' }).click();
    await expect(page.locator('.w.is-lit')).toHaveCount(0);
  });

  test('vowels: the Arabic column shows the vocalised text, and the published text returns', async ({ page }) => {
    await page.goto(READOUT);
    await vowelsButton(page).click();
    await expect(page).toHaveURL(/[?&]vowels=on/);
    await expect(page.locator('#p-1 .pair-text')).toContainText('عَقَدَ الرَّئِيسُ');
    await vowelsButton(page).click();
    await expect(page.locator('#p-1 .pair-text')).toHaveText(SOURCE_LINES[0]!);
  });

  test('the Arabic interface: Arabic grammatical terms, counts in Arabic, no English leak, axe clean', async ({
    page,
  }) => {
    await page.goto(`${AR_READOUT}?words=on`);
    const words = page.locator('#p-5 .pair-original .w[role="button"]');
    await words.nth(3).click();
    const card = page.locator('#word-card');
    await expect(card).toBeVisible();
    await expect(card).toContainText('الجذر');
    await expect(card).toContainText('الصرف والإعراب');
    expect(await englishLeaks(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await card.locator('[data-light="lemma"]').click();
    await expect(page.locator('.word-trail')).toContainText(/من المدخل/);
  });

  test('the card passes axe in the English interface, light and dark', async ({ page }) => {
    await page.goto(`${READOUT}?words=on`);
    await page.locator('#p-3 .pair-original .w[role="button"]').nth(2).click();
    await expect(page.locator('#word-card')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, 'colour')).toEqual([]);
  });

  test('on a phone: the toolbar keeps one row, the toggles are in the tools, and a tap opens the card inside the screen', async ({
    browser,
  }) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true });
    await page.goto(READOUT);
    const bar = (await page.locator('[data-reading-controls]').boundingBox())!;
    expect(bar.height).toBeLessThan(70);
    await page.locator('#tools > summary').tap();
    await wordsButton(page).tap();
    const word = page.locator('#p-1 .pair-original .w[role="button"]').nth(4);
    await word.tap();
    const card = (await page.locator('#word-card').boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(0);
    expect(card.x + card.width).toBeLessThanOrEqual(390);
    await page.close();
  });
});

test.describe('roots and vocabulary', () => {
  test('a root page lists its lemmas and every occurrence, marked, linking to the sentence', async ({ page }) => {
    await page.goto('/roots/ع-م-ق/');
    await expect(page.locator('h1')).toHaveText('ع م ق');
    await expect(page.locator('.root-lemmas li').first()).toContainText('تَعْمِيق');
    const first = page.locator('.root-occurrences li').first();
    await expect(first.locator('mark')).toHaveCount(1);
    await expect(first.locator('a')).toHaveAttribute('href', /\/readouts\/xi-putin-2021-12-15\/#p-\d+\.\d+$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/ar/roots/ع-م-ق/');
    expect(await englishLeaks(page)).toEqual([]);
    expect(await unmarkedArabic(page)).toEqual([]);
  });

  test('the roots index sorts by frequency, and in Arabic order on request', async ({ page }) => {
    await page.goto('/roots/');
    const keys = () =>
      page
        .locator('table')
        .first()
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['key']!));
    const counts = await page
      .locator('table')
      .first()
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset['count'])));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.getByRole('button', { name: 'Arabic order' }).click();
    const sorted = await keys();
    expect(sorted).toEqual([...sorted].sort(new Intl.Collator('ar').compare));
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the vocabulary page and its downloads, in both interfaces', async ({ page, request }) => {
    await page.goto(`${READOUT}vocabulary/`);
    await expect(page.locator('tbody tr').first().locator('th')).toHaveText('فِي');
    const csv = await (await request.get('/readouts/xi-putin-2021-12-15.vocabulary.csv')).text();
    expect(csv.split(/\r?\n/)[0]).toBe('"lemma","pos","root","gloss","count","example_ar","example_en","link"');
    const anki = await request.get('/readouts/xi-putin-2021-12-15.anki.txt');
    expect(anki.ok()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`/ar${READOUT}vocabulary/`);
    expect(await englishLeaks(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
