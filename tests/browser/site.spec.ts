import { expect, test } from '@playwright/test';
import { READOUT } from './helpers.ts';

test('the home page lists the readout with both titles, date and summary', async ({ page }) => {
  await page.goto('/');
  const item = page.locator('.readout-list li').first();
  await expect(item.locator('[lang="ar"][dir="rtl"]')).toHaveText('شي جينبينغ يعقد لقاء افتراضيا مع فلاديمير بوتين');
  await expect(item).toContainText('Xi Jinping holds a virtual meeting with Vladimir Putin');
  await expect(item).toContainText('15 December 2021');
  await expect(item).toContainText('18 paragraphs');
  await item.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${READOUT}$`));
});

test('an unknown address answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/readouts/no-such-readout/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See all readouts' })).toHaveAttribute('href', '/');
});

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto(READOUT);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the layout switch works from the keyboard with a visible focus ring', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(READOUT);
  await page.getByRole('radio', { name: 'Side by side' }).focus();
  const ring = await page.locator('input[value="side"] + span').evaluate((el) => getComputedStyle(el).outlineStyle);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Stacked' })).toBeChecked();
  await expect(page).toHaveURL(/\?view=stacked$/);
  expect(ring).toBe('solid');
});

test('no request leaves the site: the Arabic font is served locally and preloaded', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(READOUT);
  await page.evaluate(() => document.fonts.ready);
  expect(requests.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
  const font = requests.find((url) => /noto-naskh-arabic-400\.[\w-]+\.woff2$/.test(url));
  expect(font).toBeTruthy();
  await expect(page.locator('link[rel="preload"][as="font"]')).toHaveAttribute(
    'href',
    /noto-naskh-arabic-400\.[\w-]+\.woff2$/,
  );
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'بيان'))).toBe(true);
});

test.describe('security', () => {
  const PAGES = [
    '/',
    '/readouts/xi-putin-2021-12-15/?q=BRICS#p-12',
    '/readouts/xi-putin-2021-12-15/12/',
    '/readouts/xi-putin-2021-12-15/source/',
    '/terms/',
    '/terms/brics/',
    '/search/?q=بريكس',
    '/no-such-page/',
  ];

  test('every page has a CSP without unsafe-inline scripts, nothing violates it, and no request leaves the site', async ({
    page,
    baseURL,
  }) => {
    const violations: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text()));
    page.on('request', (r) => !r.url().startsWith(baseURL!) && !r.url().startsWith('data:') && foreign.push(r.url()));
    for (const path of PAGES) {
      await page.goto(path);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      const scriptSrc = /script-src ([^;]*)/.exec(csp ?? '')?.[1] ?? '';
      expect(scriptSrc, path).toContain("'self'");
      expect(scriptSrc, path).not.toContain('unsafe-inline');
      expect(csp, path).toContain("default-src 'self'");
      await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'strict-origin-when-cross-origin');
      // Search, the term popover and landing marks all run under the policy.
      if (path.startsWith('/search/')) await expect(page.locator('.result').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
    }
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });

  test('the search engine (WebAssembly) and the inline theme script run under the policy', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text()));
    await page.goto('/');
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    await page.getByRole('combobox', { name: 'Search the readouts' }).fill('Taiwan');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toHaveCount(1);
    expect(violations).toEqual([]);
  });

  test('the server sends the security headers of public/_headers', async ({ request }) => {
    const response = await request.get('/');
    expect(response.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
  });
});
