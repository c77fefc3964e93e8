/**
 * Sentence alignment on the page: counterparts lit by mouse, keyboard and touch;
 * sentence links landing on both sides; copying a sentence link from a selection;
 * search opening on the sentence that matched.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, expectHighlighted, READOUT, visibleBelowToolbar } from './helpers.ts';

const arabic = (page: Page, n: number, s: number) => page.locator(`#p-${n} .pair-text .seg[data-s="${s}"]`);
const english = (page: Page, n: number, s: number) => page.locator(`#p-${n} .gloss .seg[data-s="${s}"]`);
const lit = async (target: Locator) => expect(target).toHaveClass(/\bis-lit\b/);
const unlit = async (target: Locator) => expect(target).not.toHaveClass(/\bis-lit\b/);

test.describe('counterparts', () => {
  for (const view of ['side', 'stacked'] as const) {
    test(`pointing at a sentence lights it and its counterpart, both ways (${view}, light and dark)`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${READOUT}?view=${view}`);
      await english(page, 15, 7).hover();
      await lit(arabic(page, 15, 7));
      await lit(english(page, 15, 7));
      await unlit(arabic(page, 15, 6));
      // The light is a visible background, not only a class, and it differs between the themes.
      const light = await arabic(page, 15, 7).evaluate((el) => getComputedStyle(el).backgroundColor);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(arabic(page, 15, 7)).not.toHaveCSS('background-color', light);
      await expect(arabic(page, 15, 7)).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
      await arabic(page, 3, 2).hover();
      await lit(english(page, 3, 2));
      await unlit(english(page, 15, 7));
      expect(await english(page, 3, 2).textContent()).toBe(
        'China–Russia relations have withstood various tests and difficulties and shown new vitality.',
      );
    });
  }

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    test('tapping a sentence lights its counterpart, and tapping it again puts it out', async ({ page }) => {
      await page.goto(READOUT);
      await arabic(page, 6, 3).tap();
      await lit(english(page, 6, 3));
      await expect(english(page, 6, 3)).toHaveText(
        'Our basic philosophy of governance is to put the people above every other consideration.',
      );
      await arabic(page, 6, 3).tap();
      await unlit(english(page, 6, 3));
    });
  });

  test('keyboard: no sentence is a tab stop; ↓ from the paragraph number enters the sentences, the arrows move, the counterpart lights', async ({
    page,
  }) => {
    await page.goto(READOUT);
    expect(await page.locator('.seg[tabindex="0"]').count()).toBe(0);
    const number = page.locator('#p-2 .pair-original .pair-num');
    await number.focus();
    await page.keyboard.press('ArrowDown');
    await expect(arabic(page, 2, 1)).toBeFocused();
    await lit(english(page, 2, 1));
    // In the Arabic column, ← is the next sentence (reading order) and ↓ is too.
    await page.keyboard.press('ArrowLeft');
    await expect(arabic(page, 2, 2)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(arabic(page, 2, 3)).toBeFocused();
    await lit(english(page, 2, 3));
    await unlit(english(page, 2, 1));
    await page.keyboard.press('ArrowDown'); // the last sentence stays
    await expect(arabic(page, 2, 3)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(arabic(page, 2, 1)).toBeFocused();
    await expect(arabic(page, 2, 1)).toHaveCSS('outline-style', 'solid');
    // English column: → is next.
    await page.locator('#p-2 .pair-gloss .pair-num').focus();
    await page.keyboard.press('ArrowRight');
    await expect(english(page, 2, 1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(english(page, 2, 3)).toBeFocused();
    await lit(arabic(page, 2, 3));
    // Tab leaves for the next control after the sentence, not for the next sentence.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('seg'))).toBe(false);
  });

  test('the sentence spans add nothing for screen readers: no roles, no labels, the text reads as before', async ({
    page,
  }) => {
    await page.goto(READOUT);
    const attributes = await page
      .locator('.seg')
      .evaluateAll((spans) => [...new Set(spans.flatMap((s) => s.getAttributeNames()))].sort());
    expect(attributes).toEqual(['class', 'data-s', 'id']);
    const snapshot = await page.locator('#p-15 .pair-text').ariaSnapshot();
    expect(snapshot).not.toMatch(/button|group|option|list/);
  });
});

test.describe('sentence links', () => {
  for (const view of ['side', 'stacked'] as const) {
    test(`#p-15.7 opens on that sentence, marked on both sides, below the toolbar (${view})`, async ({ page }) => {
      await page.goto(`${READOUT}?view=${view}#p-15.7`);
      await expectHighlighted(arabic(page, 15, 7));
      await expectHighlighted(english(page, 15, 7));
      await expect(arabic(page, 15, 7)).toHaveClass(/is-highlighted/);
      await expect(english(page, 15, 7)).toHaveClass(/is-highlighted/);
      await expect(arabic(page, 15, 6)).not.toHaveClass(/is-highlighted/);
      const first = view === 'side' ? english(page, 15, 7) : arabic(page, 15, 7);
      await expect.poll(() => visibleBelowToolbar(page, first)).toBe(true);
      await expect(arabic(page, 15, 7)).toContainText('بتايوان');
    });
  }

  test('#p-15.7-8 marks sentences 7 and 8 on both sides; a paragraph link afterwards clears them', async ({ page }) => {
    await page.goto(`${READOUT}#p-15.7-8`);
    for (const s of [7, 8]) {
      await expect(arabic(page, 15, s)).toHaveClass(/is-highlighted/);
      await expect(english(page, 15, s)).toHaveClass(/is-highlighted/);
    }
    await expect(english(page, 15, 9)).not.toHaveClass(/is-highlighted/);
    await page.evaluate(() => (location.hash = '#p-12'));
    await expect(page.locator('#p-12')).toHaveClass(/is-highlighted/);
    await expect(page.locator('.seg.is-highlighted')).toHaveCount(0);
  });

  test('existing paragraph links keep working: #p-12 and #p-4-6', async ({ page }) => {
    await page.goto(`${READOUT}#p-4-6`);
    for (const n of [4, 5, 6]) await expect(page.locator(`#p-${n}`)).toHaveClass(/is-highlighted/);
    await expect(page.locator('.seg.is-highlighted')).toHaveCount(0);
  });

  test('a paragraph page knows its sentences: /15/#p-15.7 marks both sides', async ({ page }) => {
    await page.goto(`${READOUT}15/#p-15.7`);
    const current = page.locator('.pair.is-current');
    await expect(current.locator('.pair-text .seg[data-s="7"]')).toHaveClass(/is-highlighted/);
    await expect(current.locator('.gloss .seg[data-s="7"]')).toHaveClass(/is-highlighted/);
    await expect(current.locator('.gloss .seg[data-s="7"]')).toHaveText(
      /^The Russian side will give its strongest support/,
    );
  });

  test.describe('side by side', () => {
    test.use({ viewport: { width: 1280, height: 900 } });
    test('a paragraph page opens on the higher side of the sentence: the English, whose first line stays on screen', async ({
      page,
    }) => {
      await page.goto(`${READOUT}15/#p-15.7`, { waitUntil: 'networkidle' });
      const english = page.locator('.pair.is-current .gloss .seg[data-s="7"]');
      await expect(english).toHaveClass(/is-highlighted/);
      const top = () => english.evaluate((el) => el.getClientRects()[0]!.top);
      // Polled until the page's scroll to the sentence has settled, which a busy machine draws out.
      const place = async () => {
        const y = await top();
        return y >= 0 && y < 200 ? 'near the top of the screen' : y;
      };
      await expect.poll(place).toBe('near the top of the screen');
    });
  });

  test.describe('with clipboard access', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 900 } });

    /** Selects from the 4th character of `from` to the 12th of `to`, after pointing at `from` as a mouse user would. */
    const select = async (page: Page, from: Locator, to: Locator) => {
      await from.hover();
      await page.evaluate(
        ([a, b]) => {
          const range = document.createRange();
          range.setStart(a!.firstChild!, 3);
          range.setEnd(b!.lastChild!, Math.min(12, b!.lastChild!.textContent!.length));
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
        },
        [await from.elementHandle(), await to.elementHandle()],
      );
    };

    test('dragging the mouse over words of a sentence offers the link, right under the selection', async ({
      page,
      baseURL,
    }) => {
      await page.goto(READOUT);
      await english(page, 15, 7).scrollIntoViewIfNeeded();
      const rects = await english(page, 15, 7).evaluate((el) =>
        [...el.getClientRects()].map((r) => ({ x: r.left, y: r.top + r.height / 2, right: r.right })),
      );
      const [first, second] = [rects[0]!, rects[1]!];
      await page.mouse.move(first.x + 4, first.y);
      await page.mouse.down();
      await page.mouse.move(second.x + 60, second.y, { steps: 5 });
      await page.mouse.up();
      const offer = page.getByRole('button', { name: 'Copy link to this sentence' });
      await expect(offer).toBeVisible();
      const box = (await offer.boundingBox())!;
      expect(box.y).toBeGreaterThan(second.y);
      expect(box.y).toBeLessThan(second.y + 80);
      await offer.click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${READOUT}#p-15.7`);
    });

    test('selecting words of a sentence offers “Copy link to this sentence”, which copies #p-N.s', async ({
      page,
      baseURL,
    }) => {
      await page.goto(READOUT);
      await select(page, english(page, 15, 7), english(page, 15, 7));
      const offer = page.getByRole('button', { name: 'Copy link to this sentence' });
      await expect(offer).toBeVisible();
      await offer.click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${READOUT}#p-15.7`);
      await expect(page.locator('[data-reader-status]')).toHaveText('Link to sentence 15.7 copied.');
    });

    test('a selection in the Arabic over two sentences copies the range', async ({ page, baseURL }) => {
      await page.goto(READOUT);
      await select(page, arabic(page, 3, 2), arabic(page, 3, 3));
      const offer = page.getByRole('button', { name: 'Copy link to sentences 2–3' });
      await expect(offer).toBeVisible();
      await offer.click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${READOUT}#p-3.2-3`);
      // The copied link opens on those sentences.
      await page.goto(`${READOUT}#p-3.2-3`);
      await expect(english(page, 3, 3)).toHaveClass(/is-highlighted/);
    });

    test('no offer for a selection outside the text, and it goes when the selection does', async ({ page }) => {
      await page.goto(READOUT);
      await select(page, english(page, 15, 7), english(page, 15, 7));
      await expect(page.locator('.sentence-link')).toBeVisible();
      await page.evaluate(() => getSelection()!.removeAllRanges());
      await expect(page.locator('.sentence-link')).toBeHidden();
      await page.evaluate(() => getSelection()!.selectAllChildren(document.querySelector('h1')!));
      await expect(page.locator('.sentence-link')).toBeHidden();
    });
  });
});

test.describe('search', () => {
  test('a result opens on the sentence that matched, its excerpt drawn from that sentence', async ({ page }) => {
    await page.goto('/search/?q=Taiwan');
    const first = page.locator('.result-link').first();
    await expect(first).toHaveAttribute('href', `${READOUT}?q=Taiwan#p-15.7`);
    const result = page.locator('li', { has: first });
    await expect(result.locator('[lang="en"]').first()).toContainText('questions relating to Taiwan');
    await expect(result.locator('[lang="en"]').first()).not.toContainText('Shanghai Cooperation Organisation');
    await expect(result.locator('[lang="ar"]').first()).toContainText('بتايوان');
    await first.click();
    await expect(arabic(page, 15, 7)).toHaveClass(/is-highlighted/);
    await expect(english(page, 15, 7)).toHaveClass(/is-highlighted/);
    await expect(english(page, 15, 7).locator('mark.search-hit').first()).toHaveText('Taiwan');
  });

  test('an Arabic query lands on its sentence too: لقاحات → 8.3', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('اللقاحات')}`);
    await expect(page.locator('.result-link').first()).toHaveAttribute('href', /#p-8\.3$/);
  });
});

test('axe finds nothing with a sentence marked and another lit, light and dark', async ({ page }) => {
  await page.goto(`${READOUT}#p-15.7`);
  await expect(english(page, 15, 7)).toHaveClass(/is-highlighted/);
  await english(page, 3, 2).hover();
  await lit(arabic(page, 3, 2));
  // Marking and lighting set colours only (a background, an underline's colour): the rules colours can fail.
  expect(await axeViolations(page, 'colour')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page, 'colour')).toEqual([]);
});
