import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

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

export async function isHighlighted(target: Locator) {
  return target.evaluate((el) => getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)');
}
