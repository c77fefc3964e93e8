/**
 * The Arabic interface (issue 10, first pages): right to left, no English left in it, a language
 * switch that keeps the reader's place, alternates for search engines, and the remembered home.
 */
import { expect, test, type Page } from '@playwright/test';

/** The Arabic pages built so far; the reading, paragraph, source and search pages follow. */
const ARABIC_PAGES = ['/ar/', '/ar/terms/', '/ar/terms/brics/', '/ar/terms/shanghai-cooperation-organisation/', '/ar/terms/united-nations/', '/ar/no-such-page/'];

/** Latin words an Arabic page may show outside English: none yet (a name in Latin letters is marked lang="en"). */
const ALLOWED_LATIN = new Set<string>([]);

/** Visible text and labels outside lang="en" (or a romanisation, lang="ar-Latn") that hold Latin words. */
const englishLeaks = (page: Page) =>
  page.evaluate((allowed) => {
    const inEnglish = (el: Element | null) => !!el?.closest('[lang="en"], [lang="ar-Latn"]');
    const latin = (text: string) => (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !allowed.includes(w));
    const leaks: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (el.closest('script, style, [hidden]') || !el.checkVisibility() || inEnglish(el)) continue;
      for (const word of latin(node.textContent ?? '')) leaks.push(`text "${word}" in <${el.tagName.toLowerCase()}>`);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const attribute of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(attribute);
        if (value && !inEnglish(el)) for (const word of latin(value)) leaks.push(`${attribute} "${word}" on <${el.tagName.toLowerCase()}>`);
      }
    }
    return leaks;
  }, [...ALLOWED_LATIN]);

for (const path of ARABIC_PAGES) {
  test(`${path} is Arabic, right to left, with no English outside lang="en"`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await englishLeaks(page)).toEqual([]);
    // The chrome is mirrored: the brand at the right edge, the switch and theme to its left.
    const brand = (await page.locator('.brand').boundingBox())!;
    const theme = (await page.locator('[data-theme-toggle]').boundingBox())!;
    expect(brand.x).toBeGreaterThan(theme.x);
  });
}

test('the leak check catches English: an unmarked English word on an Arabic page is reported', async ({ page }) => {
  await page.goto('/ar/');
  await page.evaluate(() => document.querySelector('h1')!.append(' Readouts'));
  await page.evaluate(() => document.querySelector('[data-site-search] input')!.setAttribute('placeholder', 'Search'));
  expect(await englishLeaks(page)).toEqual(['text "Readouts" in <h1>', 'placeholder "Search" on <input>']);
});

test('Arabic counts, digits and dates: ١٨ فقرة, فقرتان, فقرة واحدة, ١٥ ديسمبر ٢٠٢١', async ({ page }) => {
  await page.goto('/ar/');
  await expect(page.locator('.readout-list .meta')).toHaveText('١٥ ديسمبر ٢٠٢١ – ١٨ فقرة');
  await expect(page.locator('.readout-list .summary')).toHaveAttribute('lang', 'ar');
  await page.goto('/ar/terms/');
  await expect(page.locator('h1')).toHaveText('المسرد');
  await expect(page.locator('.intro p')).toContainText('٦٤');
  const counts = page.locator('.term-list li', { hasText: 'شي جينبينغ' }).locator('.count');
  await expect(counts).toHaveText('١٤ فقرة');
  await expect(page.locator('.term-list li', { hasText: 'فلاديمير بوتين' }).locator('.count')).toHaveText('فقرتان');
  await expect(page.locator('.term-list li', { hasText: 'وانغ يي' }).locator('.count')).toHaveText('فقرة واحدة');
  await expect(page.locator('.term-list li', { hasText: 'الأمم المتحدة' }).first().locator('.count')).toHaveText('لا فقرات');
  // Sorted as Arabic: خه ليفونغ, دينغ شيويشيانغ, شي جينبينغ, فلاديمير بوتين, وانغ يي.
  await expect(page.locator('#person + .term-list li > a')).toHaveText(['خه ليفونغ', 'دينغ شيويشيانغ', 'شي جينبينغ', 'فلاديمير بوتين', 'وانغ يي']);
});

test('an Arabic term page leads with the Arabic name and note, kinds in Arabic, the original on the right', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/ar/terms/shanghai-cooperation-organisation/');
  await expect(page.locator('h1 > span').first()).toHaveText('منظمة شانغهاي للتعاون');
  await expect(page.locator('h1 [lang="en"]')).toHaveText('Shanghai Cooperation Organisation');
  await expect(page.locator('.eyebrow')).toHaveText('المسرد – منظمة أو هيئة دولية');
  await expect(page.locator('.note')).toContainText('تأسست في شانغهاي في ١٥ يونيو ٢٠٠١');
  await expect(page.locator('h2').first()).toHaveText('ورد في فقرتين');
  const mention = page.locator('.mention').first();
  const original = (await mention.locator('.pair-original').boundingBox())!;
  const gloss = (await mention.locator('.pair-gloss').boundingBox())!;
  expect(original.x).toBeGreaterThan(gloss.x);
  await expect(page).toHaveTitle('منظمة شانغهاي للتعاون (Shanghai Cooperation Organisation) · المسرد · بيان');
});

test('the language switch is a link with hreflang and lang, and the round trip keeps hash, view, query and filters', async ({ page }) => {
  const kept = '?view=stacked&q=SCO&speaker=vladimir-putin#p-15';
  await page.goto(`/terms/brics/${kept}`); // goto waits for the load event
  const toArabic = page.getByRole('link', { name: 'العربية' });
  await expect(toArabic).toHaveAttribute('hreflang', 'ar');
  await expect(toArabic).toHaveAttribute('lang', 'ar');
  await toArabic.click();
  await expect(page).toHaveURL(`/ar/terms/brics/${kept}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  // The switch's script runs once the page is parsed; a reader clicks after the page has loaded.
  await page.waitForLoadState();
  const toEnglish = page.getByRole('link', { name: 'English' });
  await expect(toEnglish).toHaveAttribute('hreflang', 'en');
  await toEnglish.click();
  await expect(page).toHaveURL(`/terms/brics/${kept}`);
});

test('the choice is remembered for the home page only, and no language is chosen for the reader', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en'); // no redirect by Accept-Language or otherwise
  await page.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL('/ar/');
  await page.goto('/');
  await expect(page).toHaveURL('/ar/');
  await page.goto('/terms/brics/'); // other pages open as linked
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/ar/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/');
  await page.goto('/');
  await expect(page).toHaveURL('/');
});

test('pages in both languages name each other for search engines, and the sitemap lists both', async ({ page, request }) => {
  await page.goto('/ar/terms/brics/');
  const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`));
  expect(alternates).toEqual(['en /terms/brics/', 'ar /ar/terms/brics/', 'x-default /terms/brics/']);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('<loc>http://127.0.0.1:4321/ar/terms/brics/</loc>');
  expect(sitemap).toMatch(/<xhtml:link rel="alternate" hreflang="ar" href="http:\/\/127\.0\.0\.1:4321\/ar\/terms\/brics\/"\/>/);
});

test('an unknown address under /ar/ gets the Arabic 404 page', async ({ page }) => {
  const response = await page.goto('/ar/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('الصفحة غير موجودة');
  await expect(page.getByRole('link', { name: 'انتقل إلى نصوص اللقاءات' })).toHaveAttribute('href', '/ar/');
});

test('no horizontal scroll at 360 px on the Arabic pages, and visible focus on the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ARABIC_PAGES.slice(0, 3)) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
  await page.goto('/ar/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'انتقل إلى المحتوى' })).toBeFocused();
  await page.keyboard.press('Tab');
  const brand = page.locator('.brand');
  await expect(brand).toBeFocused();
  await expect(brand).not.toHaveCSS('outline-style', 'none');
});

test('the header search box speaks Arabic on Arabic pages: status, option titles and the link to all results', async ({ page }) => {
  await page.goto('/ar/');
  const box = page.getByRole('combobox', { name: 'ابحث في النصوص' });
  await box.fill('بريكس');
  await expect(page.locator('[data-site-search-list]')).toHaveAttribute('data-query', 'بريكس');
  await expect(page.locator('[data-site-search-status]')).toHaveText('فقرتان؛ مفتاح الإدخال يفتح، والسهمان ↑ ↓ للتنقل.');
  await expect(page.locator('.site-search__title').first()).toHaveText('شي جينبينغ يعقد لقاء افتراضيا مع فلاديمير بوتين – ¶ ١٢');
  await expect(page.locator('.site-search__all')).toHaveText('كل النتائج عن «بريكس» ←');
  expect(await englishLeaks(page)).toEqual([]);
  await box.fill('كلمةلاوجودلها');
  await expect(page.locator('[data-site-search-status]')).toHaveText('لا فقرات تطابق «كلمةلاوجودلها».');
});
