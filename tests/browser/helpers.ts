import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

export const READOUT = '/readouts/xi-putin-2021-12-15/';
/** The Arabic source, one paragraph a line, as published. */
export const SOURCE_LINES = readFileSync('content/sources/xi-putin-2021-12-15.ar.txt', 'utf8').split('\n');

/** Whether the element's top edge is on screen and not hidden under the sticky toolbar. */
export async function visibleBelowToolbar(page: Page, target: Locator) {
  const box = await target.boundingBox();
  const bar = await page.locator('[data-reading-controls]').boundingBox();
  const viewport = page.viewportSize();
  if (!box || !bar || !viewport) return false;
  return box.y >= bar.y + bar.height - 1 && box.y < viewport.height;
}

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/** Waits for the paragraph's highlight to show (it fades in over 0.3 s, so a single reading can catch it at 0). */
export async function expectHighlighted(target: Locator) {
  await expect(target).not.toHaveCSS('background-color', TRANSPARENT);
}

export async function expectNotHighlighted(target: Locator) {
  await expect(target).toHaveCSS('background-color', TRANSPARENT);
}
