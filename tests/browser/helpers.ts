import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Locator, type Page } from '@playwright/test';

export const READOUT = '/readouts/xi-putin-2021-12-15/';
/** The Arabic source, one paragraph a line, as published. */
export const SOURCE_LINES = readFileSync('content/sources/xi-putin-2021-12-15.ar.txt', 'utf8').split('\n');

/**
 * Whether the element's top edge is on screen and not hidden under the sticky toolbar; with `within`,
 * also no more than that many pixels below it (the element is at the top of the text, where the reader is).
 */
export async function visibleBelowToolbar(page: Page, target: Locator, within = Infinity) {
  const box = await target.boundingBox();
  const bar = await page.locator('[data-reading-controls]').boundingBox();
  const viewport = page.viewportSize();
  if (!box || !bar || !viewport) return false;
  // On a phone the toolbar slides away while the reader goes down (docs/design.md): the page keeps its room.
  const hidden = bar.y + bar.height <= 0;
  const barBottom = hidden ? 0 : bar.y + bar.height;
  return box.y >= barBottom - 1 && box.y < viewport.height && box.y <= (hidden ? bar.height : barBottom) + within;
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

/**
 * The rules of AXE_TAGS whose outcome depends on colour: all a change of theme can change, since a
 * theme sets colours and nothing else (names, roles, structure and sizes stay as they were).
 * `axe.getRules(AXE_TAGS)` filtered for colour gives these two.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** One pass of axe over the reading page takes about 2 s on an idle 2-core machine: room for a busy one. */
export const AXE_BUDGET_MS = 60_000;

/** axe-core's own build, put into the page once per page load. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe once over the page as it stands; returns each violation as "rule: first targets".
 * Every rule of AXE_TAGS runs (or, with `colour`, those a theme can change) and every violation comes back in full. Two things only cut the cost:
 * axe-core is put into the page once and `axe.run` called directly, in the page itself (what
 * @axe-core/playwright's legacy mode does, without re-injecting axe into every frame on each call:
 * 1.8 s → 0.4 s on the 404 page, 3.5 s → 2.3 s on the reading page), and passing checks are not
 * returned at all.
 */
export async function axeViolations(page: Page, only: 'all' | 'colour' = 'all'): Promise<string[]> {
  test.setTimeout(Math.max(test.info().timeout, AXE_BUDGET_MS));
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = only === 'all' ? { type: 'tag', values: AXE_TAGS } : { type: 'rule', values: COLOUR_RULES };
  const violations = await page.evaluate(
    (runOnly) =>
      (
        window as unknown as {
          axe: {
            run: (
              context: Document,
              options: object,
            ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe
        .run(document, { runOnly, resultTypes: ['violations'] })
        .then((results) => results.violations),
    runOnly,
  );
  return violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** Tabs until `target` has focus (at most `limit` presses), checking that each stop shows a focus ring. */
async function tabTo(page: Page, matches: () => Promise<boolean>, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'none';
      const shown = (s: CSSStyleDeclaration) => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      // Radios are visually hidden; their label's span carries the ring.
      const target = el.matches('input[type="radio"], input[type="checkbox"]')
        ? ((el.nextElementSibling as HTMLElement | null) ?? el)
        : el;
      return shown(getComputedStyle(target)) || shown(getComputedStyle(el))
        ? 'ring'
        : `no ring on ${el.tagName}.${el.className}`;
    });
    expect(ring).toBe('ring');
    if (await matches()) return;
  }
  throw new Error('target never received focus');
}

/** Latin words an Arabic page may show outside English: the names of file formats (a name in Latin letters is marked lang="en"). */
const ALLOWED_LATIN = new Set<string>(['JSON', 'TMX', 'CSV', 'Markdown', 'BibTeX', 'biblatex', 'LaTeX', 'CSL', 'TBX']);

/** Visible text and labels outside lang="en" (or a romanisation: lang="ar-Latn", pinyin's "zh-Latn-pinyin") that hold Latin words. */
export const englishLeaks = (page: Page) =>
  page.evaluate(
    (allowed) => {
      const inEnglish = (el: Element | null) => !!el?.closest('[lang="en"], [lang="ar-Latn"], [lang="zh-Latn-pinyin"]');
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
          if (value && !inEnglish(el))
            for (const word of latin(value)) leaks.push(`${attribute} "${word}" on <${el.tagName.toLowerCase()}>`);
        }
      }
      return leaks;
    },
    [...ALLOWED_LATIN],
  );

/**
 * An Arabic interface page as its reader gets it: `<html lang="ar" dir="rtl">`, the chrome mirrored
 * (the brand at the right edge, the theme toggle to its left), and no English outside lang="en"
 * (englishLeaks), the citation box checked open.
 */
export async function expectArabicInterface(page: Page) {
  await page
    .locator('details.cite')
    .evaluateAll((boxes) => boxes.forEach((box) => ((box as HTMLDetailsElement).open = true)));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await englishLeaks(page)).toEqual([]);
  const brand = (await page.locator('.brand').boundingBox())!;
  const theme = (await page.locator('[data-theme-toggle]').boundingBox())!;
  expect(brand.x).toBeGreaterThan(theme.x);
}

/** Texts in Arabic script outside an element with lang="ar" and direction rtl (code and hidden cards aside). */
export const unmarkedArabic = (page: Page) =>
  page.evaluate(() => {
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/[\u0600-\u06FF]/.test(node.textContent ?? '')) continue;
      const el = node.parentElement!;
      if (el.closest('.shiki, [hidden], .term-notes, script, style')) continue;
      const lang = el.closest('[lang]')?.getAttribute('lang');
      const dir = getComputedStyle(el).direction;
      if (lang !== 'ar' || dir !== 'rtl') bad.push(`${lang}/${dir}: ${node.textContent!.trim().slice(0, 40)}`);
    }
    return bad;
  });

/** What a keyboard-only walk through a reading page expects, in one interface language. */
export interface ReadingWalk {
  path: string;
  skip: string;
  /** A layout radio, the key that moves to the next one, and that one's name. */
  layout: { from: string; key: string; to: string };
  larger: string;
  /** The text size shown after one step up. */
  size: string;
  linkCopied: string;
}

/**
 * A keyboard-only reader on a reading page: the skip link, the layout switch, text size, a term note
 * (pinned with Enter, closed with Escape) and copying a paragraph's link, the focus visible at every stop.
 */
export async function walkReadingPage(page: Page, baseURL: string | undefined, walk: ReadingWalk) {
  await page.goto(walk.path);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: walk.skip })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Layout switch: from the main area back to the toolbar, then arrows.
  await page.getByRole('radio', { name: walk.layout.from }).focus();
  await page.keyboard.press(walk.layout.key);
  await expect(page.getByRole('radio', { name: walk.layout.to })).toBeChecked();

  // Text size.
  await tabTo(page, () =>
    page.getByRole('button', { name: walk.larger }).evaluate((el) => el === document.activeElement),
  );
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-text-size-value]')).toHaveText(walk.size);

  // A term popover, then copying a paragraph link.
  await tabTo(page, () => page.evaluate(() => document.activeElement?.matches('#p-1 a.term') ?? false), 80);
  await expect(page.locator('#term-popover')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#term-popover a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  // The paragraph's menu, as the ARIA menu button pattern has it: ↓ opens on the first item, Escape returns to the
  // button, Enter opens again, End and Home move, Enter acts and closes.
  await tabTo(page, () => page.evaluate(() => document.activeElement?.matches('#p-2 .pair-menu-button') ?? false), 80);
  const button = page.locator('#p-2 .pair-menu-button');
  const menu = page.getByRole('menu');
  const items = menu.getByRole('menuitem');
  await page.keyboard.press('ArrowDown');
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await expect(page.locator('[data-reader-status]')).toHaveText(walk.linkCopied);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${walk.path}#p-2`);
}

/** Opens the reading page's tools (about, downloads, citation, filters), which start closed: text first. */
export async function openTools(page: Page) {
  const tools = page.locator('details.readout-tools');
  if (!(await tools.evaluate((d) => (d as HTMLDetailsElement).open))) await tools.locator('> summary').click();
  await expect(tools).toHaveAttribute('open', '');
}

/** Chooses an action from paragraph `n`'s menu (its one ⋯ button), by the item's visible name. */
export async function paragraphAction(page: Page, n: number, buttonName: string, item: string) {
  await page.locator(`#p-${n}`).getByRole('button', { name: buttonName }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: item, exact: true }).click();
}
