import { expect, test } from '@playwright/test';
import {
  expectHighlighted,
  expectNotHighlighted,
  openTools,
  paragraphAction,
  READOUT,
  SOURCE_LINES,
  visibleBelowToolbar,
} from './helpers.ts';

test.describe('reading page', () => {
  test('shows 18 aligned pairs whose Arabic is the source text, character for character', async ({ page }) => {
    await page.goto(READOUT);
    const pairs = page.locator('section.pair');
    await expect(pairs).toHaveCount(18);
    expect(SOURCE_LINES).toHaveLength(18);
    for (const [i, line] of SOURCE_LINES.entries()) {
      const pair = page.locator(`#p-${i + 1}`);
      const arabic = pair.locator('[lang="ar"][dir="rtl"].pair-text');
      await expect(arabic).toHaveCount(1);
      expect(await arabic.textContent()).toBe(line);
      const gloss = pair.locator('.gloss[lang="en"]');
      await expect(gloss).toHaveCount(1);
      expect((await gloss.textContent())?.trim().length).toBeGreaterThan(40);
    }
  });

  test('the gloss renders names and numbers in their English forms', async ({ page }) => {
    await page.goto(READOUT);
    await expect(page.locator('#p-18 .gloss')).toHaveText(
      'Ding Xuexiang, Wang Yi, He Lifeng and others attended the meeting.',
    );
    await expect(page.locator('#p-4 .gloss')).toContainText('100 billion US dollars');
    await expect(page.locator('#p-10 .gloss')).toContainText('76th session of the United Nations General Assembly');
  });

  test('shows the speaker of each paragraph', async ({ page }) => {
    await page.goto(READOUT);
    await expect(page.locator('#p-1 .pair-speaker')).toHaveText('Paragraph 1, speaker: Narration');
    await expect(page.locator('#p-12 .pair-speaker')).toHaveText('Paragraph 12, speaker: Xi Jinping');
    await expect(page.locator('#p-15 .pair-speaker')).toHaveText('Paragraph 15, speaker: Vladimir Putin');
  });

  test('numbers paragraphs on both sides, Arabic-Indic on the Arabic side', async ({ page }) => {
    await page.goto(READOUT);
    await expect(page.locator('#p-12 .pair-original .pair-num')).toHaveText('١٢');
    await expect(page.locator('#p-12 .pair-gloss .pair-num')).toHaveText('12');
  });

  test('the header gives both titles, the date, participants and source', async ({ page }) => {
    await page.goto(READOUT);
    const header = page.locator('.readout-header');
    await expect(header.locator('h1 [lang="ar"][dir="rtl"]')).toHaveText(
      'شي جينبينغ يعقد لقاء افتراضيا مع فلاديمير بوتين',
    );
    await expect(header.locator('h1')).toContainText('Xi Jinping holds a virtual meeting with Vladimir Putin');
    await expect(header).toContainText('15 December 2021');
    await expect(header).toContainText('Official Chinese readout of the meeting, Arabic edition');
    // The rest is one action away, in the page's tools.
    const about = page.locator('.readout-about');
    await expect(about).toBeHidden();
    await openTools(page);
    await expect(about).toContainText('President of the Russian Federation');
  });
});

test.describe('paragraph links', () => {
  test('#p-12 opens with paragraph 12 in view below the toolbar, highlighted', async ({ page }) => {
    await page.goto(`${READOUT}#p-12`);
    const p12 = page.locator('#p-12');
    await expect(p12).toHaveClass(/is-highlighted/);
    await expect.poll(() => visibleBelowToolbar(page, p12)).toBe(true);
    await expectHighlighted(p12);
    await expectNotHighlighted(page.locator('#p-11'));
  });

  test('#p-12 lands below the toolbar on a narrow screen too', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${READOUT}#p-12`);
    await expect.poll(() => visibleBelowToolbar(page, page.locator('#p-12'))).toBe(true);
  });

  test('#p-4-6 highlights paragraphs 4 to 6 and lands on 4', async ({ page }) => {
    await page.goto(`${READOUT}#p-4-6`);
    for (const n of [4, 5, 6]) await expect(page.locator(`#p-${n}`)).toHaveClass(/is-highlighted/);
    for (const n of [3, 7]) await expect(page.locator(`#p-${n}`)).not.toHaveClass(/is-highlighted/);
    await expect.poll(() => visibleBelowToolbar(page, page.locator('#p-4'))).toBe(true);
  });

  test('changing the hash on the page moves the highlight', async ({ page }) => {
    await page.goto(`${READOUT}#p-2`);
    await page.evaluate(() => (location.hash = '#p-15-16'));
    await expect(page.locator('#p-15')).toHaveClass(/is-highlighted/);
    await expect(page.locator('#p-16')).toHaveClass(/is-highlighted/);
    await expect(page.locator('#p-2')).not.toHaveClass(/is-highlighted/);
    await expect.poll(() => visibleBelowToolbar(page, page.locator('#p-15'))).toBe(true);
  });

  test('each paragraph number is a link to the paragraph', async ({ page }) => {
    await page.goto(READOUT);
    await expect(page.locator('#p-7 .pair-gloss .pair-num')).toHaveAttribute('href', '#p-7');
    await expect(page.locator('#p-7 .pair-original .pair-num')).toHaveAttribute('href', '#p-7');
  });
});

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('"Copy link" copies the absolute link of the paragraph', async ({ page, baseURL }) => {
    await page.goto(READOUT);
    await paragraphAction(page, 12, 'Paragraph 12 actions', 'Copy link');
    await expect(page.locator('[data-reader-status]')).toHaveText('Link to paragraph 12 copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${READOUT}#p-12`);
  });

  test('"Copy paragraph" copies the Arabic, the English and a citation with the link', async ({ page, baseURL }) => {
    await page.goto(READOUT);
    await paragraphAction(page, 17, 'Paragraph 17 actions', 'Copy paragraph');
    await expect(page.locator('[data-reader-status]')).toHaveText('Paragraph 17 copied with its citation.');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toBe(
      'واتفق الرئيسان على الالتقاء في بيجينغ في فبراير العام المقبل.\n\n' +
        'The two presidents agreed to meet in Beijing in February next year.\n\n' +
        '— Xi Jinping holds a virtual meeting with Vladimir Putin (شي جينبينغ يعقد لقاء افتراضيا مع فلاديمير بوتين), 15 December 2021, paragraph 17. ' +
        `Official Chinese readout of the meeting, Arabic edition; English translation by Bayan editors, revised 25 November 2026. ${baseURL}${READOUT}#p-17`,
    );
  });
});
