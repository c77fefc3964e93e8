import { expect, test } from '@playwright/test';
import { READOUT, walkReadingPage } from './helpers.ts';

test.use({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });

test('a keyboard-only reader can do everything, with focus always visible', async ({ page, baseURL }) => {
  test.setTimeout(120_000); // a long walk over three pages and the search
  await walkReadingPage(page, baseURL, {
    path: READOUT,
    skip: 'Skip to content',
    layout: { from: 'Side by side', key: 'ArrowRight', to: 'Stacked' },
    larger: 'A+ (larger text)',
    size: '115%',
    linkCopied: 'Link to paragraph 2 copied.',
  });

  // Search: open, results, open one.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('SCO');
  await expect(page.locator('[data-site-search-list]')).toHaveAttribute('data-query', 'SCO');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?q=SCO#p-11\.1$/);
  await expect(page.locator('#p-11 .pair-text .seg[data-s="1"]')).toHaveClass(/is-highlighted/);
});
