import { expect, test, type Page } from '@playwright/test';
import { openTools, READOUT } from './helpers.ts';

/** A paragraph's menu, in order, on the reading page and on a paragraph page (Share only where the browser has it). */
const MENU_ITEMS = ['Copy link', 'Copy paragraph', 'Cite', 'Source', 'Highlight or note', 'Quote card'];

const AR_READOUT = `/ar${READOUT}`;
const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

for (const path of [READOUT, AR_READOUT]) {
  test(`stacked at 1280 px puts the translator's notes under the translation, not beside it (${path})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${path}?view=stacked`);
    const gloss = await box(page, '#p-1 .gloss');
    const notes = await box(page, '#p-1 .tnotes');
    expect(notes.y).toBeGreaterThanOrEqual(gloss.y + gloss.height - 1);
    // Aligned with the translation's text, on its side of the page.
    expect(Math.abs(notes.x - gloss.x)).toBeLessThan(2);
  });

  test(`a paragraph page opens on its own paragraph, its neighbours after it (${path}12/)`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${path}12/`);
    const first = page.locator('main .pair').first();
    await expect(first).toHaveAttribute('data-n', '12');
    const heading = await box(page, 'h1');
    const twelve = await box(page, '.pair[data-n="12"] .pair-text');
    expect(twelve.y).toBeGreaterThan(heading.y);
    // The first text under the heading is ¶12's: on the first screen, above every other paragraph.
    expect(twelve.y).toBeLessThan(844);
    for (const n of ['11', '13']) expect((await box(page, `.pair[data-n="${n}"]`)).y).toBeGreaterThan(twelve.y);
  });

  test(`a shared ?view=side link shows stacked on a phone and side by side on a wide screen (${path})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${path}?view=side`);
    const ar = await box(page, '#p-3 .pair-original');
    const en = await box(page, '#p-3 .pair-gloss');
    expect(en.y).toBeGreaterThan(ar.y + ar.height - 1);
    await expect(page).toHaveURL(/\?view=side$/);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect
      .poll(async () => Math.abs((await box(page, '#p-3 .pair-original')).y - (await box(page, '#p-3 .pair-gloss')).y))
      .toBeLessThan(5);
  });
}

test.describe('the search page on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const [path, query] of [
    ['/search/', 'Taiwan'],
    ['/ar/search/', 'تايوان'],
  ]) {
    test(`one result leaves no blank screen after it, and the filters sit above the results, collapsed (${path})`, async ({
      page,
    }) => {
      await page.goto(`${path}?q=${encodeURIComponent(query!)}`);
      const list = page.locator('[data-search-results]');
      await expect(list).toHaveAttribute('data-query', query!);
      await expect(list.locator('.result')).toHaveCount(1);
      const result = await box(page, '.result');
      const footer = await box(page, '.site-footer');
      // The page ends about a screen down at most, not a whole empty screen after the one result.
      expect(footer.y - (result.y + result.height)).toBeLessThan(844 - result.height);
      const filters = page.locator('[data-search-filters-box]');
      await expect(filters).toBeVisible();
      expect((await filters.boundingBox())!.y).toBeLessThan(result.y);
      await expect(filters).not.toHaveAttribute('open');
      await expect(page.locator('[data-search-filters] input[type="checkbox"]').first()).toBeHidden();
    });
  }

  test('on a wide screen the filters are open beside the results', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/search/?q=Taiwan');
    await expect(page.locator('[data-search-results]')).toHaveAttribute('data-query', 'Taiwan');
    await expect(page.locator('[data-search-filters] input[type="checkbox"]').first()).toBeVisible();
  });
});

test.describe('wording', () => {
  test('English: search results dated as everywhere else, curly quotes in the summary, "English translation"', async ({
    page,
  }) => {
    await page.goto('/search/?q=Taiwan');
    await expect(page.locator('.result-meta').first()).toHaveText('Vladimir Putin · 15 December 2021');
    await page.goto(READOUT);
    await openTools(page);
    await expect(page.locator('.readout-about dt', { hasText: 'English translation' })).toBeVisible();
    await expect(page.locator('main')).not.toContainText('English gloss');
    const summary = page.locator('.readout-about .summary');
    await expect(summary).toContainText('“small circles”');
    await expect(summary).not.toContainText('"');
  });

  test('Arabic: the reviewed wordings', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(AR_READOUT);
    await openTools(page);
    await expect(page.locator('.readout-about dd', { hasText: 'محررو بيان' })).toHaveText(
      'محررو بيان – آخر مراجعة: ٢٥ نوفمبر ٢٠٢٦',
    );
    await expect(page.locator('.view-switch .view-long')).toHaveText([
      'جنبًا إلى جنب',
      'بالتتابع',
      'العربية فقط',
      'الإنجليزية فقط',
    ]);
    await expect(page.locator('label[for="filter-term"]')).toHaveText('المصطلح');
    await expect(page.locator('#filter-term option').first()).toHaveText('كل المصطلحات والأسماء');
    await page.goto('/ar/terms/');
    await expect(page.locator('.intro p')).toHaveText(
      'يضم المسرد ٧٤ مدخلًا: أشخاصًا وهيئات ومبادرات وأحداثًا وأماكن ومصطلحات دبلوماسية وردت في النصوص، مع اسم كلٍّ منها بالإنجليزية والفقرات التي ورد فيها.',
    );
    await page.goto('/ar/terms/brics/');
    await expect(page.locator('main')).toContainText('الصيغ الواردة في النصوص');
    await expect(page.locator('main')).toContainText('مصطلحات ذات صلة');
    // A no-break space keeps «و١٥» from starting a line alone.
    await expect(page.locator('main')).toContainText('كما ورد في الفقرتين ١٢\u00a0و١٥');
  });
});

test.describe('dark theme and titles', () => {
  /** WCAG relative luminance of a computed `rgb(…)` colour. */
  const luminance = (rgb: string) => {
    const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };

  test('in dark, the pressed theme toggle and the chosen layout are quiet fills, not bright ones', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(READOUT);
    const toggle = page.locator('[data-theme-toggle]');
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const fills = [
      await toggle.evaluate((el) => getComputedStyle(el).backgroundColor),
      await page.locator('.view-switch input:checked + span').evaluate((el) => getComputedStyle(el).backgroundColor),
    ];
    // #8fd0e6 has a luminance of about 0.56; the page's dark background about 0.01.
    for (const fill of fills) expect(luminance(fill)).toBeLessThan(0.1);
  });

  test('one separator in every title of an interface: " · " in English, " – " in Arabic', async ({ page }) => {
    const pages = [
      '',
      'readouts/xi-putin-2021-12-15/',
      'readouts/xi-putin-2021-12-15/12/',
      'terms/',
      'terms/brics/',
      'search/',
    ];
    for (const path of pages) {
      await page.goto(`/${path}`);
      expect(await page.title()).not.toContain(' – ');
      await page.goto(`/ar/${path}`);
      expect(await page.title()).not.toContain('·');
      expect(await page.title()).toContain(' – ');
    }
  });
});

test.describe('Arabic type', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  const PAGES = [
    '/ar/',
    `${AR_READOUT}`,
    `${AR_READOUT}12/`,
    '/ar/terms/',
    '/ar/terms/brics/',
    `/ar/search/?q=${encodeURIComponent('بريكس')}`,
  ];
  for (const path of PAGES) {
    test(`${path}: Arabic chrome in system-ui at 15 px or more, Naskh never in a synthesised bold`, async ({
      page,
    }) => {
      await page.goto(path);
      if (path.includes('/search/')) await page.locator('.result').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          const el = node.parentElement!;
          if (!/[\u0600-\u06ff]/.test(text) || el.closest('[hidden], script, style, .visually-hidden')) continue;
          if (!el.checkVisibility()) continue;
          const style = getComputedStyle(el);
          const naskh = style.fontFamily.startsWith('"Noto Naskh Arabic"');
          const what = `<${el.tagName.toLowerCase()}.${el.className}> "${text.trim().slice(0, 20)}"`;
          if (naskh && Number(style.fontWeight) > 400 && style.fontSynthesisWeight !== 'none')
            found.push(`synthesised bold ${style.fontWeight}: ${what}`);
          if (!naskh && parseFloat(style.fontSize) < 15) found.push(`${style.fontSize}: ${what}`);
          // Arabic joins its letters and has no capitals: no letter spacing, no faked small capitals.
          if (parseFloat(style.letterSpacing) > 0) found.push(`letter-spacing ${style.letterSpacing}: ${what}`);
          if (style.fontVariantCaps !== 'normal') found.push(`${style.fontVariantCaps}: ${what}`);
        }
        return [...new Set(found)];
      });
      expect(problems).toEqual([]);
    });
  }
});

test.describe('titles and leading', () => {
  const titles = async (page: Page) =>
    page.evaluate(() => {
      const of = (selector: string) => {
        const style = getComputedStyle(document.querySelector(selector)!);
        return { size: parseFloat(style.fontSize), weight: Number(style.fontWeight) };
      };
      return { ar: of('h1 .title-original, h2 .title-original'), en: of('h1 .title-en, h2 .title-en') };
    });

  for (const path of ['/', READOUT]) {
    test(`the English title does not outweigh the Arabic one (${path}), and follows it in the Arabic interface`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      const en = await titles(page);
      expect(en.en.weight).toBeLessThanOrEqual(en.ar.weight);
      await page.goto(`/ar${path}`);
      const ar = await titles(page);
      expect(ar.en.weight).toBeLessThanOrEqual(ar.ar.weight);
      expect(ar.en.size).toBeLessThan(ar.ar.size * 0.75);
    });
  }

  test('Arabic text leading: 1.9 on a wide screen, 1.8 on a phone', async ({ page }) => {
    const ratio = () =>
      page
        .locator('#p-12 .pair-text')
        .evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(AR_READOUT);
    expect(await ratio()).toBeCloseTo(1.9, 2);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(ratio).toBeCloseTo(1.8, 2);
  });
});

test('the Arabic toolbar shows A− and A+ as written, not mirrored into −A and +A', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(AR_READOUT);
  for (const button of await page.locator('.text-size .button').all()) {
    // The letter sits to the left of its sign: the glyph run reads left to right.
    const [letter, sign] = await button.evaluate((el) => {
      const text = [...el.childNodes].map((n) => n).find((n) => n.textContent?.includes('A'))!;
      const node = text.nodeType === Node.TEXT_NODE ? text : text.firstChild!;
      const range = document.createRange();
      const boxes = [0, 1].map((i) => {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect().x;
      });
      return boxes;
    });
    expect(letter!).toBeLessThan(sign!);
  }
});

test('the Arabic term page on a phone: the transliteration at the right edge, each fact under its label', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/ar/terms/brics/');
  const right = (b: { x: number; width: number }) => b.x + b.width;
  const h1 = await box(page, 'h1');
  // The text itself, not its block (which spans the line whichever side the text sits on).
  const translit = await page.locator('.translit').evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const { x, width } = range.getBoundingClientRect();
    return { x, width };
  });
  expect(Math.abs(right(translit) - right(h1))).toBeLessThan(2);
  for (const row of await page.locator('.facts > div').all()) {
    const dt = (await row.locator('dt').boundingBox())!;
    const dd = (await row.locator('dd').boundingBox())!;
    expect(dd.y).toBeGreaterThanOrEqual(dt.y + dt.height - 1);
    expect(Math.abs(right(dd) - right(dt))).toBeLessThan(2);
  }
});

test('the glossary says when a term is named only inside longer names, instead of "0 paragraphs"', async ({ page }) => {
  await page.goto('/terms/');
  const un = page.locator('.term-list li', { has: page.getByRole('link', { name: 'United Nations', exact: true }) });
  await expect(un.locator('.count')).toHaveText('only inside longer names');
  await expect(page.locator('.term-list .count', { hasText: /^0 paragraphs$/ })).toHaveCount(0);
  // Its page lists the sentences of the longer names, saying inside which.
  await page.goto('/terms/united-nations/');
  await expect(page.getByRole('heading', { level: 2, name: 'Named only inside longer names' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('Mentioned in 0');
  const row = page.locator('.mention', { hasText: 'inside “UN Security Council”' }).first();
  await expect(row.locator('.pair-head a')).toHaveAttribute('href', /#p-\d+\.\d+$/);
  await expect(row.locator('.gloss mark')).toContainText('Security Council');
});

test('term marks are quiet: a faint tint and a low solid line in Arabic (no dots through the dots), a faint underline in English', async ({
  page,
}) => {
  await page.goto(READOUT);
  const arabic = page.locator('#p-12 .pair-text a.term').first();
  const english = page.locator('#p-12 .gloss a.term').first();
  const style = (el: typeof arabic) =>
    el.evaluate((e) => {
      const s = getComputedStyle(e);
      return {
        style: s.textDecorationStyle,
        offset: parseFloat(s.textUnderlineOffset) / parseFloat(s.fontSize),
        background: s.backgroundColor,
        colour: s.textDecorationColor,
      };
    });
  const alpha = (rgba: string) => Number(rgba.match(/rgba\([^)]*,\s*([\d.]+)\)/)?.[1] ?? 1);
  const ar = await style(arabic);
  // A solid line below the letters' dots, not a dotted one through them.
  expect(ar.style).toBe('solid');
  expect(ar.offset).toBeGreaterThan(0.5);
  expect(alpha(ar.background)).toBeGreaterThan(0);
  expect(alpha(ar.background)).toBeLessThan(0.2);
  const border = await page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('i'));
    probe.style.color = 'var(--bayan-border)';
    return getComputedStyle(probe).color;
  });
  expect((await style(english)).colour).toBe(border);
  // Pointed at, a mark lights up as before.
  await arabic.hover();
  await expect(arabic).not.toHaveCSS('background-color', ar.background);
  await page.mouse.move(0, 0);
  await openTools(page);
  await page.getByLabel('Show term marks').uncheck();
  await expect(arabic).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
});

test.describe('text first', () => {
  for (const path of [READOUT, AR_READOUT]) {
    test(`on a phone (390 × 844) the first screen shows the title and the start of ¶1, under a one-row toolbar (${path})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      const bar = await box(page, '[data-reading-controls]');
      expect(bar.height).toBeLessThan(60); // one row of 44 px targets and its padding
      const title = await box(page, '.readout-header h1');
      const firstLine = await box(page, '#p-1 .pair-text');
      expect(title.y).toBeGreaterThanOrEqual(0);
      expect(firstLine.y + 40).toBeLessThan(844); // at least the first line of ¶1's Arabic
      await expect(page.locator('.readout-about')).toBeHidden(); // the facts wait in the page's tools
    });

    test(`at 1280 × 800 side by side, two paragraphs start above the fold (${path})`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(path);
      await expect(page.locator(':root')).not.toHaveAttribute('data-view', /stacked|ar|en/);
      expect((await box(page, '#p-2 .pair-text')).y + 40).toBeLessThan(800);
    });
  }

  test('on a phone the toolbar slides away while reading down and returns on scrolling up', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(READOUT);
    const bar = page.locator('[data-reading-controls]');
    const top = async () => (await bar.boundingBox())!.y;
    await page.mouse.move(200, 500);
    await page.mouse.wheel(0, 1500);
    await expect.poll(top).toBeLessThan(-40);
    await page.mouse.wheel(0, -300);
    await expect.poll(top).toBe(0);
  });

  test('each paragraph has one menu of actions, a menu button by the ARIA pattern; its links point at that paragraph', async ({
    page,
  }) => {
    await page.goto(READOUT);
    await expect(page.locator('#p-9 .pair-tools').getByRole('button')).toHaveCount(1);
    const button = page.getByRole('button', { name: 'Paragraph 9 actions' });
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await button.click();
    const menu = page.getByRole('menu', { name: 'Paragraph 9 actions' });
    await expect(menu.getByRole('menuitem')).toHaveText(MENU_ITEMS);
    await expect(menu.getByRole('menuitem', { name: 'Cite' })).toHaveAttribute('href', '9/#cite');
    await expect(menu.getByRole('menuitem', { name: 'Source' })).toHaveAttribute('href', 'source/#src-p-9');
    // A click elsewhere closes it.
    await page.locator('#p-3 .pair-text').click();
    await expect(menu).toBeHidden();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await page.getByRole('button', { name: 'Paragraph 9 actions' }).click();
    await page.getByRole('menuitem', { name: 'Cite' }).click();
    await expect(page).toHaveURL(/\/readouts\/xi-putin-2021-12-15\/9\/#cite$/);
  });

  test('a paragraph page has the same menu on its paragraph and its neighbours, by the same keys; its links lead to the readout', async ({
    page,
    baseURL,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${READOUT}12/`);
    await expect(page.locator('.pair-menu-button')).toHaveCount(3);
    const button = page.getByRole('button', { name: 'Paragraph 12 actions' });
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    const menu = page.getByRole('menu', { name: 'Paragraph 12 actions' });
    const items = menu.getByRole('menuitem');
    // The ARIA menu button pattern: ↓ opens on the first item, Escape returns to the button, ↑ opens on the last,
    // Home and End move, Tab closes it, Enter acts and closes.
    await button.focus();
    await page.keyboard.press('ArrowDown');
    await expect(menu).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(items).toHaveText(MENU_ITEMS);
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(items.last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('End');
    await expect(items.last()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(menu).toBeHidden();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(items.first()).toBeFocused();
    await expect(menu.getByRole('menuitem', { name: 'Cite' })).toHaveAttribute('href', '../12/#cite');
    await expect(menu.getByRole('menuitem', { name: 'Source' })).toHaveAttribute('href', '../source/#src-p-12');
    // "Copy link": the paragraph's canonical link, in the readout (…/readouts/<slug>/#p-12), not this page's.
    await page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    await expect(page.locator('[data-reader-status]')).toHaveText('Link to paragraph 12 copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${READOUT}#p-12`);
    // A neighbour's menu points at the neighbour.
    await page.getByRole('button', { name: 'Paragraph 13 actions' }).click();
    await expect(page.getByRole('menuitem', { name: 'Cite' })).toHaveAttribute('href', '../13/#cite');
    await page.getByRole('menuitem', { name: 'Copy paragraph' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^[\u0600-\u06FF]/);
    expect(copied).toContain(`paragraph 13. `);
    expect(copied).toContain(`${baseURL}${READOUT}#p-13`);
    await page.getByRole('button', { name: 'Paragraph 13 actions' }).click();
    await page.getByRole('menuitem', { name: 'Source' }).click();
    await expect(page).toHaveURL(/\/readouts\/xi-putin-2021-12-15\/source\/#src-p-13$/);
  });
});
