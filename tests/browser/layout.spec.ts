import { expect, test, type Page } from '@playwright/test';
import { expectHighlighted, expectNotHighlighted, READOUT } from './helpers.ts';

const columns = async (page: Page, n = 3) => {
  const ar = await page.locator(`#p-${n} .pair-original`).boundingBox();
  const en = await page.locator(`#p-${n} .pair-gloss`).boundingBox();
  return { ar, en };
};

test.describe('layouts', () => {
  test('wide screens default to side by side, Arabic on the right', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(READOUT);
    const { ar, en } = await columns(page);
    expect(ar!.x).toBeGreaterThan(en!.x + en!.width - 1);
    expect(Math.abs(ar!.y - en!.y)).toBeLessThan(5);
    await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked();
  });

  test('narrow screens default to stacked, Arabic first', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(READOUT);
    const { ar, en } = await columns(page);
    expect(en!.y).toBeGreaterThan(ar!.y + ar!.height - 1);
    // A phone's one-row toolbar names it by what it shows (side by side is not offered there).
    await expect(page.getByRole('radio', { name: 'Both' })).toBeChecked();
  });

  test('a chosen layout is written into the URL and remembered on the next visit', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(READOUT);
    await page.getByRole('radio', { name: 'Arabic' }).check();
    await expect(page).toHaveURL(/\?view=ar$/);
    await expect(page.locator('#p-3 .pair-gloss')).toBeHidden();
    await expect(page.locator('#p-3 .pair-original')).toBeVisible();

    await page.goto(READOUT);
    await expect(page.locator('#p-3 .pair-gloss')).toBeHidden();
    await expect(page.getByRole('radio', { name: 'Arabic' })).toBeChecked();

    await page.getByRole('radio', { name: 'Stacked' }).check();
    await expect(page).toHaveURL(/\?view=stacked$/);
    const { ar, en } = await columns(page);
    expect(en!.y).toBeGreaterThan(ar!.y + ar!.height - 1);
  });

  test('a shared ?view=en link opens in English only', async ({ page }) => {
    await page.goto(`${READOUT}?view=en#p-5`);
    await expect(page.locator('#p-5 .pair-original')).toBeHidden();
    await expect(page.locator('#p-5 .gloss')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  });

  for (const view of ['side', 'stacked', 'ar', 'en']) {
    test(`no horizontal scroll at 360 px (${view})`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`${READOUT}?view=${view}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }

  test('text size control enlarges the text and is remembered', async ({ page }) => {
    await page.goto(READOUT);
    const size = () => page.locator('#p-2 .pair-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    await page.getByRole('button', { name: 'A+ (larger text)' }).click();
    await expect(page.locator('[data-text-size-value]')).toHaveText('115%');
    expect(await size()).toBeGreaterThan(before);
    await page.reload();
    expect(await size()).toBeGreaterThan(before);
  });

  test('the theme toggle switches to dark and is remembered', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(READOUT);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await background();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await background()).not.toBe(light);
    await page.goto('/');
    expect(await background()).not.toBe(light);
  });

  test('follows a dark system theme by default', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(READOUT);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page is fully readable in the default layout, controls hidden', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${READOUT}#p-12`);
    await expect(page.locator('section.pair')).toHaveCount(18);
    await expect(page.locator('#p-18 .pair-text')).toBeVisible();
    await expect(page.locator('#p-18 .gloss')).toBeVisible();
    await expect(page.locator('[data-reading-controls]')).toBeHidden();
    await expect(page.locator('#p-12 .pair-copy').first()).toBeHidden();
    // :target still highlights the linked paragraph.
    await expectHighlighted(page.locator('#p-12'));
    await expectNotHighlighted(page.locator('#p-11'));
  });
});

test.describe('printing', () => {
  test('prints both columns with paragraph numbers and the page link, whatever the chosen layout', async ({
    page,
    baseURL,
  }) => {
    await page.goto(`${READOUT}?view=en`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#p-3 .pair-original')).toBeVisible();
    await expect(page.locator('#p-3 .pair-gloss')).toBeVisible();
    const { ar, en } = await columns(page);
    expect(ar!.x).toBeGreaterThan(en!.x);
    await expect(page.locator('#p-3 .pair-original .pair-num')).toBeVisible();
    await expect(page.locator('.print-only')).toHaveText(`Printed from ${baseURL}${READOUT}`);
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('[data-reading-controls]')).toBeHidden();
  });
});
