import { expect, test } from '@playwright/test';
import { axeViolations, englishLeaks, expectHighlighted, openTools, READOUT } from './helpers.ts';

test.use({ viewport: { width: 1280, height: 900 } });

const focusedPair = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.activeElement?.closest('.pair')?.id ?? null);

test('j and k go to the next and previous paragraph, g 12 Enter to ¶12', async ({ page }) => {
  await page.goto(READOUT);
  await page.keyboard.press('j');
  await expect.poll(() => focusedPair(page)).toBe('p-1');
  await page.keyboard.press('j');
  await expect.poll(() => focusedPair(page)).toBe('p-2');
  await page.keyboard.press('k');
  await expect.poll(() => focusedPair(page)).toBe('p-1');
  for (const key of ['g', '1', '2', 'Enter']) await page.keyboard.press(key);
  await expect(page).toHaveURL(/#p-12$/);
  await expectHighlighted(page.locator('#p-12'));
  await expect(page.locator('[data-reader-status]')).toHaveText('Go to paragraph 12');
});

test('v cycles the layouts and l opens the Arabic interface at the same paragraph', async ({ page }) => {
  await page.goto(READOUT);
  await page.keyboard.press('v');
  await expect(page.locator('html')).toHaveAttribute('data-view', 'stacked');
  await expect(page.locator('[data-reader-status]')).toHaveText('Layout: Stacked');
  await expect(page).toHaveURL(/view=stacked/);
  for (const key of ['j', 'j', 'j']) await page.keyboard.press(key);
  await expect.poll(() => focusedPair(page)).toBe('p-3');
  await page.keyboard.press('l');
  await expect(page).toHaveURL(/\/ar\/readouts\/xi-putin-2021-12-15\/\?view=stacked#p-3$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});

test('no shortcut acts while the reader types in a field', async ({ page }) => {
  await page.goto(READOUT);
  const search = page.getByRole('combobox').first();
  await search.focus();
  await page.keyboard.type('jkv?');
  await expect(search).toHaveValue('jkv?');
  expect(await focusedPair(page)).toBeNull();
  await expect(page.locator('html')).not.toHaveAttribute('data-view', 'stacked');
  await expect(page.locator('dialog.shortcuts')).toHaveCount(0);
});

test('? lists them; the list switches them all off, `/` too, and the choice is remembered', async ({ page }) => {
  await page.goto(READOUT);
  await page.keyboard.press('Shift+Slash');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('dd')).toHaveText([
    'Search',
    'Next paragraph',
    'Previous paragraph',
    'Go to a paragraph by its number',
    'Switch to the Arabic interface, at the same paragraph',
    'Next layout',
    'This list',
  ]);
  expect(await axeViolations(page)).toEqual([]);
  const toggle = dialog.getByRole('checkbox', { name: 'Use single-key shortcuts' });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.reload();
  await page.keyboard.press('j');
  await page.keyboard.press('/');
  await page.keyboard.press('Shift+Slash');
  expect(await focusedPair(page)).toBeNull();
  await expect(page.getByRole('combobox').first()).not.toBeFocused();
  await expect(page.locator('dialog.shortcuts')).toHaveCount(0);
  await page.keyboard.press('Control+k'); // not a single key: still there
  await expect(page.getByRole('combobox').first()).toBeFocused();

  // The page's tools still reach the list, to switch them on again.
  await openTools(page);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await dialog.getByRole('checkbox', { name: 'Use single-key shortcuts' }).check();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('j');
  await expect.poll(() => focusedPair(page)).toBe('p-1');
});

test('the list in the Arabic interface: Arabic words, keys as printed, no English leaks, axe', async ({ page }) => {
  await page.goto(`/ar${READOUT}`);
  await page.keyboard.press('Shift+Slash');
  const dialog = page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('dd').nth(4)).toHaveText('التحويل إلى الواجهة الإنجليزية عند الفقرة نفسها');
  await expect(dialog.locator('kbd[lang="en"]').first()).toHaveText('/');
  expect(await englishLeaks(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page, 'colour')).toEqual([]);
});
