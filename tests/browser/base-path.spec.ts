/**
 * The site deployed under a sub-path: built with BAYAN_BASE=/bayan/ into a
 * temporary folder, served under /bayan/, and used as a reader would.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { astroBuild } from '../helpers/astro-build.ts';

test.describe.configure({ mode: 'serial' });

let server: ChildProcess;
let dist: string;
let SITE = '';

/** A port nothing listens on now, so no earlier server can answer in this one's place. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const work = mkdtempSync(join(tmpdir(), 'bayan-base-'));
  dist = join(work, 'dist');
  const env = {
    ...process.env,
    BAYAN_BASE: '/bayan/',
    BAYAN_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const build = astroBuild(['--outDir', dist], env);
  expect(build.status, build.stderr).toBe(0);
  const links = spawnSync(process.execPath, ['scripts/check-links.ts', dist], { env, encoding: 'utf8' });
  expect(links.stdout + links.stderr).toMatch(/; 0 broken\./);
  const port = await freePort();
  SITE = `http://127.0.0.1:${port}/bayan/`;
  server = spawn(process.execPath, ['scripts/serve.ts', '--dir', dist, '--base', '/bayan/', '--port', String(port)], {
    stdio: 'ignore',
  });
  await expect.poll(async () => (await fetch(SITE).catch(() => null))?.status, { timeout: 10_000 }).toBe(200);
});

test.afterAll(() => server?.kill());

test('every request stays under /bayan/, and the pages are styled and work', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (r) => !r.url().startsWith(SITE) && outside.push(r.url()));
  await page.goto(SITE);
  await page.getByRole('link', { name: /Xi Jinping holds a virtual meeting/ }).click();
  await expect(page).toHaveURL(`${SITE}readouts/xi-putin-2021-12-15/`);
  expect(
    await page
      .locator('.pair-text')
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily),
  ).toContain('Noto Naskh Arabic');
  await page.goto(`${SITE}readouts/xi-putin-2021-12-15/#p-12`);
  await expect(page.locator('#p-12')).toHaveClass(/is-highlighted/);
  await expect(page.locator('#p-12 .pair-text a.term').first()).toHaveAttribute('href', /^\/bayan\/terms\//);
  await page.getByRole('combobox', { name: 'Search the readouts' }).fill('بريكس');
  const option = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(option).toHaveAttribute(
    'href',
    '/bayan/readouts/xi-putin-2021-12-15/?q=%D8%A8%D8%B1%D9%8A%D9%83%D8%B3#p-12.1',
  );
  await option.click();
  await expect(page.locator('#p-12 mark.search-hit, #p-12 a.term.search-hit').first()).toBeVisible();
  await page.goto(`${SITE}terms/brics/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('BRICS');
  expect(outside).toEqual([]);
});
