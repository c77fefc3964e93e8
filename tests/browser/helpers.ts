import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

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

/**
 * Every WCAG 2.0, 2.1 and 2.2 rule axe has at levels A and AA, plus best practices. "experimental"
 * switches on the rules axe ships off by default; among them is label-content-name-mismatch
 * (WCAG 2.1 A, 2.5.3 Label in Name), which the tags alone never run.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'];

/** One pass of axe over the reading page takes about 2 s on an idle 2-core machine: room for a busy one. */
export const AXE_BUDGET_MS = 60_000;

/**
 * Runs axe once over the page as it stands; returns each violation as "rule: first targets".
 * Every rule runs and every violation comes back in full; two settings only cut the cost (10.5 s → 1.6 s
 * on the reading page): legacy mode runs axe in the page itself instead of splitting the run across a
 * second blank page (needed only for cross-origin iframes, which Bayan has none of), and passing
 * checks come back as one node each instead of all 1,400.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  test.setTimeout(AXE_BUDGET_MS);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
