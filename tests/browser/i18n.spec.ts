/**
 * The Arabic interface: every page type right to left, no English left in it, a language switch
 * that keeps the reader's place, alternates for search engines, and the remembered home.
 */
import { expect, test } from '@playwright/test';
import {
  englishLeaks,
  expectArabicInterface,
  paragraphAction,
  READOUT,
  visibleBelowToolbar,
  walkReadingPage,
} from './helpers.ts';

const AR_READOUT = `/ar${READOUT}`;
/**
 * Every Arabic page type (home, reading page, paragraph page, source view, search, glossary, term
 * pages, 404) is checked as an Arabic page: the axe tests (a11y.spec.ts) do it in the load they
 * make anyway, at 360 px too (expectArabicInterface); these are the ones they do not load: a search
 * with a Latin query, whose words show in the status, and two more term pages (one named only inside
 * longer names).
 */
const CHECKED_HERE = ['/ar/search/?q=BRICS', '/ar/terms/brics/', '/ar/terms/united-nations/'];

for (const path of CHECKED_HERE) {
  test(`${path} is Arabic, right to left, with no English outside lang="en"`, async ({ page }) => {
    await page.goto(path);
    if (path.includes('/search/')) await page.locator('.result').first().waitFor();
    await expectArabicInterface(page);
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
  await expect(page.locator('.intro p')).toContainText('٧٤');
  const counts = page.locator('.term-list li', { hasText: 'شي جينبينغ' }).locator('.count');
  await expect(counts).toHaveText('١٤ فقرة');
  await expect(page.locator('.term-list li', { hasText: 'فلاديمير بوتين' }).locator('.count')).toHaveText('فقرتان');
  await expect(page.locator('.term-list li', { hasText: 'وانغ يي' }).locator('.count')).toHaveText('فقرة واحدة');
  // Named only inside longer names (مجلس الأمن التابع للأمم المتحدة): said, rather than «لا فقرات».
  await expect(page.locator('.term-list li', { hasText: 'الأمم المتحدة' }).first().locator('.count')).toHaveText(
    'داخل أسماء أطول فقط',
  );
  // Sorted as Arabic: خه ليفونغ, دينغ شيويشيانغ, شي جينبينغ, فلاديمير بوتين, وانغ يي.
  await expect(page.locator('#person + .term-list li > a')).toHaveText([
    'خه ليفونغ',
    'دينغ شيويشيانغ',
    'شي جينبينغ',
    'فلاديمير بوتين',
    'وانغ يي',
  ]);
});

test('an Arabic term page leads with the Arabic name and note, kinds in Arabic, the original on the right', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/ar/terms/shanghai-cooperation-organisation/');
  await expect(page.locator('h1 > span').first()).toHaveText('منظمة شانغهاي للتعاون');
  await expect(page.locator('h1 [lang="en"]')).toHaveText('Shanghai Cooperation Organisation');
  await expect(page.locator('.eyebrow')).toHaveText('المسرد – منظمة أو هيئة دولية');
  await expect(page.locator('.note')).toContainText('تأسست في شانغهاي في ١٥ يونيو ٢٠٠١');
  await expect(page.locator('h2', { hasText: 'ورد في' })).toHaveText('ورد في فقرتين');
  const mention = page.locator('.mention').first();
  const original = (await mention.locator('.pair-original').boundingBox())!;
  const gloss = (await mention.locator('.pair-gloss').boundingBox())!;
  expect(original.x).toBeGreaterThan(gloss.x);
  await expect(page).toHaveTitle('منظمة شانغهاي للتعاون (Shanghai Cooperation Organisation) – المسرد – بيان');
});

test('the language switch is a link with hreflang and lang, and the round trip keeps hash, view, query and filters', async ({
  page,
}) => {
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

test('pages in both languages name each other for search engines, and the sitemap lists both', async ({
  page,
  request,
}) => {
  await page.goto('/ar/terms/brics/');
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`),
    );
  expect(alternates).toEqual(['en /terms/brics/', 'ar /ar/terms/brics/', 'x-default /terms/brics/']);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('<loc>http://127.0.0.1:4321/ar/terms/brics/</loc>');
  expect(sitemap).toMatch(
    /<xhtml:link rel="alternate" hreflang="ar" href="http:\/\/127\.0\.0\.1:4321\/ar\/terms\/brics\/"\/>/,
  );
});

test('an unknown address under /ar/ gets the Arabic 404 page', async ({ page }) => {
  const response = await page.goto('/ar/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('الصفحة غير موجودة');
  await expect(page.getByRole('link', { name: 'العودة إلى نصوص اللقاءات' })).toHaveAttribute('href', '/ar/');
});

test('no horizontal scroll at 360 px (the axe tests check the other Arabic pages at 360 px), and visible focus on the keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of CHECKED_HERE) {
    await page.goto(path);
    if (path.includes('/search/')) await page.locator('.result').first().waitFor();
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

test('the header search box speaks Arabic on Arabic pages: status, option titles and the link to all results', async ({
  page,
}) => {
  await page.goto('/ar/');
  const box = page.getByRole('combobox', { name: 'ابحث في النصوص' });
  await box.fill('بريكس');
  await expect(page.locator('[data-site-search-list]')).toHaveAttribute('data-query', 'بريكس');
  await expect(page.locator('[data-site-search-status]')).toHaveText('فقرتان. اضغط مفتاح الإدخال للفتح، و↑ ↓ للتنقل.');
  await expect(page.locator('.site-search__title').first()).toHaveText(
    'شي جينبينغ يعقد لقاء افتراضيا مع فلاديمير بوتين – الفقرة ١٢',
  );
  await expect(page.locator('.site-search__all')).toHaveText('كل النتائج عن «بريكس» ←');
  expect(await englishLeaks(page)).toEqual([]);
  await box.fill('كلمةلاوجودلها');
  await expect(page.locator('[data-site-search-status]')).toHaveText('لا توجد فقرات تطابق «كلمةلاوجودلها».');
});

test.describe('the Arabic reading page', () => {
  test('the Arabic column leads on the right, the English gloss follows; stacked, Arabic comes first', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(AR_READOUT);
    const p12 = page.locator('#p-12');
    const [original, gloss] = [
      (await p12.locator('.pair-original').boundingBox())!,
      (await p12.locator('.pair-gloss').boundingBox())!,
    ];
    expect(original.x).toBeGreaterThan(gloss.x);
    await expect(p12.locator('.pair-gloss .gloss')).toHaveAttribute('dir', 'ltr');
    await page.getByRole('radio', { name: 'بالتتابع' }).check();
    const [above, below] = [
      (await p12.locator('.pair-original').boundingBox())!,
      (await p12.locator('.pair-gloss').boundingBox())!,
    ];
    expect(above.y).toBeLessThan(below.y);
  });

  test('its chrome speaks Arabic with Arabic-Indic digits; the notes stay English under an Arabic label', async ({
    page,
  }) => {
    await page.goto(AR_READOUT);
    await expect(page.locator('.readout-header .eyebrow')).toHaveText('نص اللقاء – ١٥ ديسمبر ٢٠٢١ – ١٨ فقرة');
    await expect(page.locator('#p-12 .pair-speaker')).toHaveText('الفقرة ١٢، المتحدث: شي جينبينغ');
    await expect(page.locator('#p-1 .pair-speaker')).toHaveText('الفقرة ١، المتحدث: السرد');
    await expect(page.locator('#p-12 .pair-gloss .pair-num')).toHaveText('١٢');
    await expect(page.locator('.facts')).toContainText('رئيس الاتحاد الروسي');
    const notes = page.locator('#p-1 .tnotes');
    await expect(notes.locator('.tnotes-label')).toHaveText('ملاحظة المترجم');
    await expect(notes).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-text-size-value]')).toHaveText('١٠٠٪');
    await page.getByRole('button', { name: 'A+ (تكبير النص)' }).click();
    await expect(page.locator('[data-text-size-value]')).toHaveText('١١٥٪');
    // Term marks lead to the Arabic term pages, and their notes are the Arabic ones.
    const mark = page.locator('#p-12 .pair-original a.term[href="/ar/terms/brics/"]').first();
    await mark.focus();
    await expect(mark).toHaveAttribute('aria-describedby', 'term-note-brics');
    await expect(page.locator('#term-note-brics')).toContainText(
      'تجمع يضم البرازيل وروسيا والهند والصين وجنوب أفريقيا',
    );
  });

  test('#p-12 lands below the sticky toolbar, on a phone too, and stays there when the phone turns', async ({
    page,
  }) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      // A new visit each time: the same URL again would be a same-document jump, not a landing.
      await page.goto('about:blank');
      await page.goto(`${AR_READOUT}#p-12`);
      await expect(page.locator('#p-12')).toHaveClass(/is-highlighted/);
      await expect.poll(() => visibleBelowToolbar(page, page.locator('#p-12'))).toBe(true);
    }
    // Turned to landscape and back: the toolbar shrinks and grows again (one row, then two), and ¶12 stays at the top.
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await expect.poll(() => visibleBelowToolbar(page, page.locator('#p-12'), 40)).toBe(true);
    }
  });

  test('a term popover opens on screen, right to left, in Arabic', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(AR_READOUT);
    const mark = page.locator('#p-12 .pair-original a.term[href="/ar/terms/brics/"]').first();
    await mark.focus();
    const popover = page.locator('#term-popover');
    await expect(popover).toBeVisible();
    await expect(popover.getByRole('link', { name: /كل مواضع ورود/ })).toHaveAttribute('href', '/ar/terms/brics/');
    const box = (await popover.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await englishLeaks(page)).toEqual([]);
  });

  test('a term note gives each meeting language its own line, in Arabic on a phone', async ({ page }) => {
    // Run together in one right-to-left paragraph, the treaty's long names wrapped into each other.
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(AR_READOUT);
    await page.locator('#p-3 .pair-original a.term[href="/ar/terms/treaty-of-good-neighbourliness/"]').first().focus();
    const popover = page.locator('#term-popover');
    await expect(popover).toBeVisible();
    const box = async (lang: string) => (await popover.locator(`.term-card__langs [lang="${lang}"]`).boundingBox())!;
    const [zh, pinyin, ru] = [await box('zh-Hans'), await box('zh-Latn-pinyin'), await box('ru')];
    expect(pinyin.y).toBeGreaterThanOrEqual(zh.y + zh.height - 1);
    expect(ru.y).toBeGreaterThanOrEqual(pinyin.y + pinyin.height - 1);
  });

  test('a term page gives a name, its pinyin and its short forms a line each, in Arabic on a phone', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/ar/terms/treaty-of-good-neighbourliness/');
    const chinese = page.locator('.term-names dd').first();
    const boxes = await chinese.locator('[lang="zh-Hans"], [lang="zh-Latn-pinyin"]').evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom };
      }),
    );
    expect(boxes).toHaveLength(3);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 1);
  });

  test('filters name speakers and terms in Arabic, and say how many paragraphs show', async ({ page }) => {
    await page.goto(`${AR_READOUT}?speaker=vladimir-putin`);
    // A filter from the link opens the page's tools, where it shows and can be undone.
    await expect(page.locator('details.readout-tools')).toHaveAttribute('open', '');
    await expect(page.locator('.readout-tools > summary')).toContainText('التصفية مفعّلة');
    await expect(page.locator('[data-filter-status]')).toHaveText('تظهر فقرة واحدة من أصل ١٨.');
    await expect(page.locator('#filter-speaker option:checked')).toHaveText('فلاديمير بوتين');
    await page.locator('#filter-speaker').selectOption('xi-jinping');
    await expect(page.locator('[data-filter-status]')).toHaveText('تظهر ١٣ فقرة من أصل ١٨.');
  });

  test.describe('copy buttons', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('a keyboard-only walk in Arabic: skip link, layout, text size, a term note, copying a link, focus always visible', async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 1280, height: 900 });
      await walkReadingPage(page, baseURL, {
        path: AR_READOUT,
        skip: 'انتقل إلى المحتوى',
        layout: { from: 'جنبًا إلى جنب', key: 'ArrowDown', to: 'بالتتابع' },
        larger: 'A+ (تكبير النص)',
        size: '١١٥٪',
        linkCopied: 'نُسخ رابط الفقرة ٢.',
      });
    });

    test('"Copy paragraph" puts the Arabic first and an Arabic citation line; "Copy link" gives the /ar/ link', async ({
      page,
      baseURL,
    }) => {
      await page.goto(AR_READOUT);
      await paragraphAction(page, 17, 'أدوات الفقرة ١٧', 'نسخ الفقرة');
      await expect(page.locator('[data-reader-status]')).toHaveText('نُسخت الفقرة ١٧ مع توثيقها.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        'واتفق الرئيسان على الالتقاء في بيجينغ في فبراير العام المقبل.\n\n' +
          'The two presidents agreed to meet in Beijing in February next year.\n\n' +
          '— «شي جينبينغ يعقد لقاء افتراضيا مع فلاديمير بوتين» (Xi Jinping holds a virtual meeting with Vladimir Putin)، ١٥ ديسمبر ٢٠٢١، الفقرة ١٧. ' +
          `الرواية الرسمية الصينية للقاء، بالعربية؛ الترجمة الإنجليزية: Bayan editors، مراجَعة في ٢٥ نوفمبر ٢٠٢٦. ${baseURL}${AR_READOUT}#p-17`,
      );
      await paragraphAction(page, 12, 'أدوات الفقرة ١٢', 'نسخ الرابط');
      await expect(page.locator('[data-reader-status]')).toHaveText('نُسخ رابط الفقرة ١٢.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${AR_READOUT}#p-12`);
    });
  });

  test('the citation box is labelled in Arabic and its reference follows Arabic conventions', async ({ page }) => {
    await page.goto(`${AR_READOUT}12/`);
    const cite = page.locator('#cite');
    await expect(cite.locator('summary')).toHaveText('توثيق الفقرة ١٢');
    await expect(cite.locator('.cite-reference')).toContainText(
      'الرواية الرسمية الصينية للقاء، بالعربية. «شي جينبينغ يعقد لقاء افتراضيا مع فلاديمير بوتين»',
    );
    await expect(cite.locator('.cite-reference')).toContainText('١٥ ديسمبر ٢٠٢١، الفقرة ١٢.');
    await expect(cite.locator('.cite-reference')).toContainText(
      `متاح على: http://127.0.0.1:4321${AR_READOUT}#p-12 (تاريخ الاطلاع: `,
    );
    await expect(cite.getByRole('button', { name: 'نسخ المرجع' })).toBeVisible();
  });
});

test('a link copied in one interface opens the same paragraph in the other: the switch keeps range, view and filters', async ({
  page,
}) => {
  // (The query, ?q=, is kept by the same code: the round trip from a term page above carries it.)
  const kept = '?view=side&speaker=xi-jinping&term=brics#p-12-13';
  await page.goto(`${READOUT}${kept}`);
  // The reader clicks once the page has opened on the range: the page's own scroll to it, coming after the
  // load, could otherwise move the link from under a click already aimed (a failure seen on a busy machine).
  for (const n of [12, 13]) await expect(page.locator(`#p-${n}`)).toHaveClass(/is-highlighted/);
  await page.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(`${AR_READOUT}${kept}`);
  for (const n of [12, 13]) await expect(page.locator(`#p-${n}`)).toHaveClass(/is-highlighted/);
  await expect(page.locator('#filter-speaker')).toHaveValue('xi-jinping');
  await expect(page.locator('#filter-term')).toHaveValue('brics');
  await expect(page.getByRole('radio', { name: 'جنبًا إلى جنب' })).toBeChecked();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`${READOUT}${kept}`);
  // A sentence link too.
  await page.goto(`${AR_READOUT}#p-15.7`);
  await expect(page.locator('#p-15\\.7')).toHaveClass(/is-highlighted/);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`${READOUT}#p-15.7`);
  await expect(page.locator('#p-15\\.7')).toHaveClass(/is-highlighted/);
});

test('Arabic search: Arabic status, filters and meta, excerpts led by the Arabic, results opening the Arabic reading page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/ar/search/?q=${encodeURIComponent('بريكس')}&speaker=${encodeURIComponent('Xi Jinping')}`);
  const first = page.locator('.result').first();
  await expect(page.locator('[data-search-status]')).toHaveText('نتائج البحث عن «بريكس»: فقرة واحدة.');
  await expect(first.locator('.result-link')).toHaveAttribute(
    'href',
    /^\/ar\/readouts\/xi-putin-2021-12-15\/\?q=.+#p-12\.\d+$/,
  );
  await expect(first.locator('.result-meta')).toHaveText('شي جينبينغ – ١٥ ديسمبر ٢٠٢١');
  await expect(first.locator('.result-texts > p').first()).toHaveAttribute('lang', 'ar');
  await expect(page.locator('[data-search-filters] legend')).toHaveText(['المتحدث', 'التصنيف']);
  await expect(page.locator('[data-search-filters] label', { hasText: 'شي جينبينغ' })).toContainText('(١)');
  // An English query, corrected, in Arabic words with the query marked English.
  await page.locator('#search-query').fill('startegic');
  await expect(page.locator('.search-correction')).toContainText(
    'عرضنا نتائج «strategic». ابحث عن «startegic» كما كتبتها.',
  );
  await expect(page.locator('.search-correction em')).toHaveAttribute('lang', 'en');
  await first.locator('.result-link').click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/ar\/readouts\/xi-putin-2021-12-15\//);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});

test('the Arabic feed lists the readouts in Arabic, linking the Arabic pages', async ({ request }) => {
  const feed = await (await request.get('/ar/rss.xml')).text();
  expect(feed).toContain('<language>ar</language>');
  expect(feed).toContain(
    '<title>شي جينبينغ يعقد لقاء افتراضيا مع فلاديمير بوتين (Xi Jinping holds a virtual meeting with Vladimir Putin)</title>',
  );
  expect(feed).toContain('<link>http://127.0.0.1:4321/ar/readouts/xi-putin-2021-12-15/</link>');
});
