/**
 * Offline reading (docs/offline.md): a readout saved from its reading page's tools, then the browser
 * context offline. Every page type of the saved readout in both interfaces, search in English, Arabic
 * and misspelt, the offline page for what is not saved, a visited-only page, removing; the traps the
 * service-worker tools' users report (a 404 fallback for every page, `/dir` against `/dir/index.html`,
 * the root not cached) each have a line here.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { axeViolations, englishLeaks, expectHighlighted, openTools, READOUT } from './helpers.ts';

// The worker under test (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

/** Waits until the service worker controls the page (it registers after load, when idle). */
async function controlled(page: Page) {
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 }).toBe(true);
}

async function save(page: Page, path: string) {
  await page.goto(path);
  await controlled(page);
  await openTools(page);
  const panel = page.locator('.offline-tools');
  await panel.getByRole('button', { name: /Save for offline reading|حفظ للقراءة دون اتصال/ }).click();
  await expect(panel.getByRole('status')).toContainText(/Available offline since|متاح دون اتصال منذ/, {
    timeout: 120_000,
  });
}

async function searchFinds(page: Page, prefix: string, query: string, paragraph: RegExp) {
  await page.goto(`${prefix}/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('.result').first().getByRole('link')).toHaveAttribute('href', paragraph);
}

let context: BrowserContext;
let page: Page;
test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await save(page, READOUT);
  await context.setOffline(true);
});
test.afterAll(() => context.close());

for (const prefix of ['', '/ar']) {
  test(`saved, offline (${prefix || 'English'}): reading page at #p-12 and #p-15.7, a paragraph page, a term page, home`, async () => {
    await page.goto(`${prefix}${READOUT}#p-12`);
    await expectHighlighted(page.locator('#p-12'));
    await page.goto(`${prefix}${READOUT}#p-15.7`);
    await expect(page.locator('[id="p-15.7"]').first()).toBeVisible();
    await page.goto(`${prefix}${READOUT}7/`);
    await expect(page.locator('h1')).toContainText(/7|٧/);
    await page.goto(`${prefix}/terms/brics/`);
    await expect(page.locator('h1')).toContainText(/BRICS|بريكس/);
    // The root and the trailing-slash forms answer from the cache too (vite-pwa/astro #16, #23).
    await page.goto(`${prefix}/`);
    await expect(page.locator('.offline-mark')).toHaveText(prefix ? 'متاح دون اتصال' : 'Available offline');
    await page.goto(`${prefix}${READOUT}index.html`);
    await expect(page.locator('#p-12')).toBeVisible();
    await page.goto(`${prefix}${READOUT.replace(/\/$/, '')}`);
    await expect(page.locator('#p-12')).toBeVisible();
  });

  test(`saved, offline (${prefix || 'English'}): search in English, Arabic and misspelt`, async () => {
    await searchFinds(page, prefix, 'BRICS', /#p-12/);
    await searchFinds(page, prefix, 'بريكس', /#p-12/);
    await searchFinds(page, prefix, 'startegic', /#p-/);
    await expect(page.locator('[data-search-status] em')).toHaveText('strategic');
  });
}

test('offline, a page not saved gets the offline page in its language, listing what is saved (not the 404 page)', async () => {
  for (const [prefix, heading, title] of [
    ['', 'Not saved for offline reading', 'Xi Jinping holds a virtual meeting with Vladimir Putin'],
    ['/ar', 'غير محفوظة للقراءة دون اتصال', 'شي جينبينغ يعقد لقاء افتراضيا مع فلاديمير بوتين'],
  ] as const) {
    await page.goto(`${prefix}/readouts/not-saved-anywhere/`);
    await expect(page.locator('h1')).toHaveText(heading);
    await expect(page.locator('[data-offline-missing] code')).toHaveText(`${prefix}/readouts/not-saved-anywhere/`);
    await expect(page.locator('[data-offline-list] a')).toHaveText(title);
    expect(await axeViolations(page)).toEqual([]);
    if (prefix) expect(await englishLeaks(page)).toEqual([]);
  }
});

test('the save panel and the offline state pass axe and speak the interface language', async () => {
  await page.goto(`/ar${READOUT}`);
  await openTools(page);
  await expect(page.locator('.offline-tools')).toContainText('متاح دون اتصال منذ');
  // Saved: Remove is offered, Save is not (a .button's display must not defeat [hidden]).
  await expect(page.locator('.offline-tools').getByRole('button')).toHaveText(['إزالة من هذا الجهاز']);
  expect(await englishLeaks(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});

test('removing a saved readout: its pages are gone offline, the home page unmarks it', async () => {
  await context.setOffline(false);
  await page.goto(READOUT);
  await openTools(page);
  await page.locator('.offline-tools').getByRole('button', { name: 'Remove from this device' }).click();
  await expect(page.locator('.offline-tools').getByRole('status')).toHaveText('Removed from this device.');
  await context.setOffline(true);
  await page.goto(`${READOUT}7/`);
  await expect(page.locator('h1')).toHaveText('Not saved for offline reading');
  await context.setOffline(false);
});

test('a page only visited reopens offline', async ({ browser }) => {
  const fresh = await browser.newContext();
  const reader = await fresh.newPage();
  await reader.goto('/terms/');
  await controlled(reader);
  await reader.goto('/terms/taiwan/');
  await expect(reader.locator('h1')).toContainText('Taiwan');
  await fresh.setOffline(true);
  await reader.goto('/terms/taiwan/');
  await expect(reader.locator('h1')).toContainText('Taiwan');
  await reader.goto('/terms/brics/');
  await expect(reader.locator('h1')).toHaveText('Not saved for offline reading');
  await fresh.close();
});

test('offline, a search result in a readout not saved says so instead of failing the search', async ({ page }) => {
  // The browser reports itself offline, and one result's text cannot load (as in a readout not saved).
  await page.addInitScript(() => Object.defineProperty(navigator, 'onLine', { get: () => false }));
  await page.context().route('**/search/p/**/15.json', (route) => route.abort());
  await page.goto('/search/?q=BRICS');
  const status = page.locator('[data-search-status]');
  await expect(status).toContainText('1 result is in readouts not saved on this device, so not shown offline.');
  await expect(page.locator('main a[href*="#p-12"]').first()).toBeVisible();
  await expect(page.locator('main a[href*="#p-15"]')).toHaveCount(0);
});
