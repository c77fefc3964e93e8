import { expect, test } from '@playwright/test';
import { READOUT, tabTo } from './helpers.ts';

test.use({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });

test('a keyboard-only reader can do everything, with focus always visible', async ({ page, baseURL }) => {
  test.setTimeout(120_000); // a long walk over three pages and the search
  await page.goto(READOUT);
  // Skip link.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Layout switch: from the main area back to the toolbar, then arrows.
  await page.getByRole('radio', { name: 'Side by side' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Stacked' })).toBeChecked();

  // Text size.
  await tabTo(page, () => page.getByRole('button', { name: 'A+ (larger text)' }).evaluate((el) => el === document.activeElement));
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-text-size-value]')).toHaveText('115%');

  // A term popover, then copying a paragraph link.
  await tabTo(page, () => page.evaluate(() => document.activeElement?.matches('#p-1 a.term') ?? false), 80);
  await expect(page.locator('#term-popover')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#term-popover a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await tabTo(page, () => page.evaluate(() => document.activeElement?.matches('#p-2 [data-copy="link"]') ?? false), 80);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-reader-status]')).toHaveText('Link to paragraph 2 copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${READOUT}#p-2`);

  // Search: open, results, open one.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('SCO');
  await expect(page.locator('[data-site-search-list]')).toHaveAttribute('data-query', 'SCO');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?q=SCO#p-11\.1$/);
  await expect(page.locator('#p-11 .pair-text .seg[data-s="1"]')).toHaveClass(/is-highlighted/);
});
