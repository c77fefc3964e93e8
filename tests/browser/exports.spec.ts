import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectHighlighted, openTools, READOUT, SOURCE_LINES } from './helpers.ts';

const SITE = 'http://127.0.0.1:4321';

test.describe('per-paragraph pages', () => {
  test('every paragraph has its own page with title, description, link-preview tags and a canonical to …#p-N', async ({
    request,
  }) => {
    // What this test reads is in the HTML as served, so it reads the HTML: no page needs rendering.
    const attribute = (html: string, selector: RegExp) => selector.exec(html)?.[1];
    const entities: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'", '#x27': "'" };
    const text = (fragment: string) =>
      fragment.replace(/<[^>]+>/g, '').replace(/&(quot|amp|lt|gt|#39|#x27);/g, (_, name: string) => entities[name]!);
    for (let n = 1; n <= 18; n++) {
      const html = await (await request.get(`${READOUT}${n}/`)).text();
      expect(attribute(html, /<title>([^<]*)<\/title>/)).toBe(
        `Xi Jinping holds a virtual meeting with Vladimir Putin, paragraph ${n} · Bayan`,
      );
      expect(attribute(html, /<link rel="canonical" href="([^"]*)"/)).toBe(`${SITE}${READOUT}#p-${n}`);
      const description = attribute(html, /<meta name="description" content="([^"]*)"/)!;
      expect(description.length).toBeGreaterThan(40);
      expect(description.length).toBeLessThanOrEqual(202);
      expect(attribute(html, /<meta property="og:title" content="([^"]*)"/)).toBe(
        `Xi Jinping holds a virtual meeting with Vladimir Putin, paragraph ${n}`,
      );
      expect(attribute(html, /<meta property="og:description" content="([^"]*)"/)).toBe(description);
      expect(attribute(html, /<meta property="og:url" content="([^"]*)"/)).toBe(`${SITE}${READOUT}${n}/`);
      expect(attribute(html, /<meta name="twitter:card" content="([^"]*)"/)).toBe('summary');
      const current =
        /<section[^>]*class="pair standalone is-current"[\s\S]*?<p class="pair-text"[^>]*>([\s\S]*?)<\/p>/.exec(
          html,
        )?.[1] ?? '';
      expect(text(current)).toBe(SOURCE_LINES[n - 1]!);
    }
  });

  test('shows the paragraph with the one before and after, and links on', async ({ page }) => {
    await page.goto(`${READOUT}12/`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      /^On BRICS cooperation, Xi Jinping noted/,
    );
    await expect(page.locator('section.standalone')).toHaveCount(3);
    await expect(page.getByRole('link', { name: '← Paragraph 11' })).toHaveAttribute('href', '../11/');
    await page.getByRole('link', { name: 'Paragraph 13 →' }).click();
    await expect(page).toHaveURL(new RegExp(`${READOUT}13/$`));
    await page.getByRole('link', { name: 'Read it in context' }).click();
    await expect(page.locator('#p-13')).toHaveClass(/is-highlighted/);
  });

  test('cites the paragraph; the accessed date is the reader’s today', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2030-01-02T12:00:00Z'));
    await page.goto(`${READOUT}12/`);
    const cite = page.locator('#cite');
    await expect(cite.locator('.cite-reference')).toContainText('15 December 2021, paragraph 12.');
    await expect(cite.locator('.cite-reference')).toContainText(`${SITE}${READOUT}#p-12 (accessed 2 January 2030).`);
    await expect(cite.locator('#cite-bibtex')).toContainText('urldate = {2030-01-02}');
    await expect(cite.locator('#cite-csl')).toContainText('"date-parts": [[2030, 1, 2]]');
    await expect(cite.locator('#cite-latex')).toHaveText('\\autocite[12]{bayan:xi-putin-2021-12-15}');
    await expect(cite.locator('#cite-csl-citation')).toContainText('"locator": "12"');
  });
});

test.describe('source view', () => {
  test('shows the stored file, Arabic lines right to left, YAML and directives left to right', async ({ page }) => {
    await page.goto(`${READOUT}source/`);
    const file = readFileSync('content/readouts/xi-putin-2021-12-15.md', 'utf8');
    // The ¶ links back to each paragraph are the only additions to the file's text.
    const shown = await page.locator('.source pre').evaluate((pre) => {
      const copy = pre.cloneNode(true) as HTMLElement;
      for (const back of copy.querySelectorAll('.src-back')) back.remove();
      return copy.textContent;
    });
    expect(shown?.trimEnd()).toBe(file.trimEnd());
    const lines = page.locator('.source .line');
    const dirOf = (i: number) => lines.nth(i).evaluate((el) => getComputedStyle(el).direction);
    const index = (needle: string) => file.split('\n').findIndex((l) => l.startsWith(needle));
    expect(await dirOf(index('lang: ar'))).toBe('ltr');
    expect(await dirOf(index('عقد الرئيس'))).toBe('rtl');
    expect(await dirOf(index(':::gloss{speaker=narration}'))).toBe('ltr');
  });

  test('each pair on the reading page links to its lines, and each source block links back', async ({ page }) => {
    await page.goto(READOUT);
    const hrefs = await page
      .locator('.pair-link', { hasText: 'Source' })
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(18);
    await page.goto(hrefs[11]!);
    const back = page.locator('#src-p-12');
    await expect(back).toBeVisible();
    await expect(back.locator('xpath=..')).toContainText(SOURCE_LINES[11]!);
    for (let n = 1; n <= 18; n++) await expect(page.locator(`#src-p-${n}`)).toHaveAttribute('href', `../#p-${n}`);
    await back.click();
    await expect(page).toHaveURL(new RegExp(`${READOUT}#p-12$`));
    await expect(page.locator('#p-12')).toHaveClass(/is-highlighted/);
  });

  test('line links resolve', async ({ page }) => {
    await page.goto(`${READOUT}source/#L3`);
    await expect(page.locator('#L3')).toContainText('dir: rtl');
    await expectHighlighted(page.locator('#L3'));
  });

  test('Shiki colours follow the site theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${READOUT}source/`);
    const token = page.locator('.source .line').first().locator('span').first();
    const light = await token.evaluate((el) => getComputedStyle(el).color);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    const dark = await token.evaluate((el) => getComputedStyle(el).color);
    expect(dark).not.toBe(light);
    expect(await page.locator('.source .shiki span[style*="--shiki-dark"]').count()).toBeGreaterThan(100);
  });

  test.describe('with clipboard access', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
    test('copies and downloads the raw file', async ({ page }) => {
      await page.goto(`${READOUT}source/`);
      await page.getByRole('button', { name: 'Copy the file' }).click();
      await expect(page.getByRole('button', { name: 'Copied ✓' })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        readFileSync('content/readouts/xi-putin-2021-12-15.md', 'utf8'),
      );
      await expect(page.getByRole('link', { name: 'Download the file' })).toHaveAttribute(
        'download',
        'xi-putin-2021-12-15.md',
      );
    });
  });
});

test('the reading page links every export', async ({ page }) => {
  await page.goto(READOUT);
  await openTools(page);
  const downloads = page.getByRole('navigation', { name: 'Downloads' });
  const exports: [string, string][] = [
    ['JSON', '.json'],
    ['TMX', '.tmx'],
    ['TMX by sentence', '.sentences.tmx'],
    ['CSV', '.csv'],
    ['CSV by sentence', '.sentences.csv'],
    ['Arabic text', '.ar.txt'],
    ['English text', '.en.txt'],
  ];
  for (const [name, suffix] of exports) {
    const href = `/readouts/xi-putin-2021-12-15${suffix}`;
    await expect(downloads.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    expect((await page.request.get(href)).status()).toBe(200);
  }
});
