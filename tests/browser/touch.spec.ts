import { expect, test } from '@playwright/test';
import { READOUT } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** Apple's and Android's guidance for touch targets (44–48 px); WCAG 2.5.8 asks for 24 at least. */
const TOUCH = 44;

for (const path of [READOUT, `/ar${READOUT}`, '/', '/ar/']) {
  test(`on a touch screen every control of ${path} is at least ${TOUCH} px tall`, async ({ page }) => {
    await page.goto(path);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    const small = await page.evaluate((touch) => {
      const found: string[] = [];
      const controls = document.querySelectorAll<HTMLElement>(
        'header a, header button, .reading-controls label, .reading-controls button, .downloads a, .filters select, .marks-toggle, .pair-tools a, .pair-tools button',
      );
      for (const el of controls) {
        if (!el.checkVisibility() || el.closest('.pair-text, .gloss')) continue;
        const { height } = el.getBoundingClientRect();
        if (height < touch - 0.5)
          found.push(
            `${el.tagName.toLowerCase()}.${el.className} "${el.textContent!.trim().slice(0, 16)}": ${Math.round(height)}`,
          );
      }
      return [...new Set(found)];
    }, TOUCH);
    expect(small).toEqual([]);
  });
}
