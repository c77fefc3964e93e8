/**
 * The reading page's performance budget, measured in Chromium on every CI run
 * (figures and the command to reproduce them: README, "Measurements").
 */
import { gzipSync } from 'node:zlib';
import { expect, test, type Response } from '@playwright/test';
import { READOUT } from './helpers.ts';

const KiB = 1024;
const gz = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

// The Arabic interface's reading page, with its longer labels, may reach 60 KiB.
for (const [path, budget] of [
  [READOUT, 50],
  [`/ar${READOUT}`, 60],
] as const) {
  test(`reading page before search (${path}): ≤ 5 KiB JavaScript, one render-blocking CSS, ≤ ${budget} KiB in all, HTML ≤ 2× its text`, async ({
    page,
  }) => {
    const sizes: { url: string; type: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (r) =>
      pending.push(
        r.body().then(
          (body) =>
            void sizes.push({
              url: r.url(),
              type: r.request().resourceType(),
              bytes: /\.woff2$/.test(r.url()) ? body.length : gz(body),
            }),
          () => undefined,
        ),
      ),
    );
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    await Promise.all(pending);

    const inlineJs = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src]):not([type="application/json"])')]
        .map((s) => s.textContent)
        .join(''),
    );
    const js = sizes.filter((s) => s.type === 'script').reduce((sum, s) => sum + s.bytes, 0) + gz(inlineJs);
    const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
    const html = sizes.find((s) => s.type === 'document')!.bytes;
    const text = await page.evaluate(() => document.body.innerText);
    const blocking = await page.evaluate(() => ({
      css: document.querySelectorAll('link[rel="stylesheet"]').length,
      scripts: [...document.querySelectorAll('head script[src]')].filter(
        (s) =>
          !(s as HTMLScriptElement).async &&
          !(s as HTMLScriptElement).defer &&
          (s as HTMLScriptElement).type !== 'module',
      ).length,
    }));
    console.log(
      `JS ${(js / KiB).toFixed(1)} KiB, total ${(total / KiB).toFixed(1)} KiB, HTML ${(html / KiB).toFixed(1)} KiB, text ${(gz(text) / KiB).toFixed(1)} KiB`,
    );
    expect(js).toBeLessThanOrEqual(5 * KiB);
    expect(blocking).toEqual({ css: 1, scripts: 0 });
    expect(total).toBeLessThanOrEqual(budget * KiB);
    // The term cards wait for the reader's first touch.
    expect(sizes.filter((s) => s.url.includes('term-cards'))).toEqual([]);
    expect(html).toBeLessThanOrEqual(2 * gz(text));
    expect(sizes.filter((s) => s.type === 'font')).toHaveLength(1);
    // Each script it loads is named in the page, as a module script or a modulepreload link, so none
    // waits for the script that imports it to arrive first.
    const named = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>(
          'script[type="module"][src], link[rel="modulepreload"]',
        ),
      ].map((e) => new URL('src' in e ? e.src : e.href).pathname),
    );
    const loaded = sizes.filter((s) => s.type === 'script').map((s) => new URL(s.url).pathname);
    expect(
      loaded.filter((p) => !p.includes('astro_type_script')),
      'a chunk beside the page scripts',
    ).not.toEqual([]);
    expect(loaded.filter((p) => !named.includes(p))).toEqual([]);
  });
}

// A paragraph page loads its citation and sentences at once; its menu, the notes and the quote card wait for
// their first use, as on the reading page.
for (const path of [`${READOUT}12/`, `/ar${READOUT}12/`]) {
  test(`paragraph page before first use (${path}): ≤ 5 KiB JavaScript, none of the menu's, notes' or card's code`, async ({
    page,
  }) => {
    const scripts: { url: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    const measure = (r: Response) => {
      if (r.request().resourceType() !== 'script') return;
      pending.push(r.body().then((body) => void scripts.push({ url: r.url(), bytes: gz(body) })));
    };
    page.on('response', measure);
    await page.goto(path, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    // The first view is measured; the menu's code below must not leave a body read pending when the test ends.
    page.off('response', measure);
    const inlineJs = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src]):not([type="application/json"])')]
        .map((s) => s.textContent)
        .join(''),
    );
    const js = scripts.reduce((sum, s) => sum + s.bytes, 0) + gz(inlineJs);
    console.log(`JS ${(js / KiB).toFixed(1)} KiB`);
    expect(js).toBeLessThanOrEqual(5 * KiB);
    expect(scripts.map((s) => new URL(s.url).pathname).filter((p) => /pair-menu|editor|paint|dialog/.test(p))).toEqual(
      [],
    );
    // The menu's code arrives with the first press.
    const menu = page.waitForResponse(/pair-menu/);
    await page.locator('#p-12 .pair-menu-button').click();
    await menu;
    await expect(page.getByRole('menu')).toBeVisible();
  });
}
