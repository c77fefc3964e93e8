/**
 * Offline reading across a new build (docs/offline.md): build, save, deploy a build with a changed
 * readout, come back online. The quiet notice appears in the reading page's tools, Reload shows the
 * new text, and no file of the old build is served with the new page. Also the site under a
 * sub-path (BAYAN_BASE=/bayan/), saved and read offline. Each build goes to a temporary folder; the
 * server serves whichever a symbolic link names, as a host switching deployments would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { astroBuild } from '../helpers/astro-build.ts';

// The worker under test (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test.describe.configure({ mode: 'serial' });

const TITLE = 'Xi Jinping holds a virtual meeting with Vladimir Putin';
const REVISED = `${TITLE} (revised)`;
const work = mkdtempSync(join(tmpdir(), 'bayan-offline-'));
const servers: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Builds the site from `readouts` into work/<name> (its own cache), with `base`. */
function build(name: string, readouts: string, base = '/') {
  const env = {
    ...process.env,
    BAYAN_READOUTS_DIR: readouts,
    BAYAN_BASE: base,
    BAYAN_CACHE_DIR: join(work, `cache-${name}`),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const out = join(work, name);
  const run = astroBuild(['--outDir', out], env);
  expect(run.status, run.stderr).toBe(0);
  return out;
}

async function serve(dir: string, base = '/') {
  const port = await freePort();
  servers.push(
    spawn(process.execPath, ['scripts/serve.ts', '--dir', dir, '--base', base, '--port', String(port)], {
      stdio: 'ignore',
    }),
  );
  const site = `http://127.0.0.1:${port}${base}`;
  await expect.poll(async () => (await fetch(site).catch(() => null))?.status, { timeout: 10_000 }).toBe(200);
  return site;
}

async function saveReadout(page: Page, url: string) {
  await page.goto(url);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 }).toBe(true);
  await page.locator('details.readout-tools > summary').click();
  await page.locator('.offline-tools').getByRole('button', { name: 'Save for offline reading' }).click();
  await expect(page.locator('.offline-tools').getByRole('status')).toContainText('Available offline since', {
    timeout: 120_000,
  });
}

test.afterAll(() => {
  servers.forEach((s) => s.kill());
  rmSync(work, { recursive: true, force: true });
});

test('a new build: the notice appears, Reload shows the new text, nothing of the old build is served with it', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const readouts = join(work, 'readouts');
  cpSync('content/readouts', readouts, { recursive: true });
  const a = build('a', readouts);
  const file = join(readouts, 'xi-putin-2021-12-15.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(`en: ${TITLE}`, `en: ${REVISED}`));
  const b = build('b', readouts);
  expect(readFileSync(join(a, 'offline/build.txt'), 'utf8')).not.toBe(
    readFileSync(join(b, 'offline/build.txt'), 'utf8'),
  );

  const live = join(work, 'live');
  symlinkSync(a, live);
  const site = await serve(live);
  const reading = `${site}readouts/xi-putin-2021-12-15/`;
  await saveReadout(page, reading);
  await expect(page.locator('h1')).toContainText(TITLE);

  // Deploy the new build; the saved page still opens from the old build's cache, then the notice comes.
  rmSync(live);
  symlinkSync(b, live);
  await page.reload();
  await expect(page.locator('.readout-tools > summary')).toContainText('A newer version of this readout is available', {
    timeout: 120_000,
  });
  await expect(page.locator('h1')).not.toContainText('(revised)');

  const served: string[] = [];
  page.on('response', (r) => served.push(new URL(r.url()).pathname));
  await page.locator('details.readout-tools > summary').click();
  await Promise.all([
    page.waitForEvent('load'),
    page.locator('.update-notice').getByRole('button', { name: 'Reload' }).click(),
  ]);
  await expect(page.locator('h1')).toContainText(REVISED);
  // Every script and style the reloaded page used exists in the new build (the old build's hashed names do not).
  const assets = served.filter((p) => p.startsWith('/_astro/'));
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) expect(existsSync(join(b, asset)), asset).toBe(true);
  // And offline, the saved readout is the new build's.
  await page.context().setOffline(true);
  await page.goto(`${reading}12/`);
  await expect(page.locator('body')).toContainText(REVISED);
  await page.context().setOffline(false);
});

test('under a sub-path (BAYAN_BASE=/bayan/): saved, then read and searched offline; what is not saved says so', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const dist = build('base', 'content/readouts', '/bayan/');
  const site = await serve(dist, '/bayan/');
  await saveReadout(page, `${site}readouts/xi-putin-2021-12-15/`);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(site);
  await page.context().setOffline(true);
  await page.goto(`${site}ar/readouts/xi-putin-2021-12-15/#p-12`);
  await expect(page.locator('#p-12')).toBeVisible();
  await page.goto(`${site}search/?q=BRICS`);
  await expect(page.locator('.result').first().getByRole('link')).toHaveAttribute(
    'href',
    /^\/bayan\/readouts\/.*#p-12/,
  );
  await page.goto(`${site}terms/not-a-term/`);
  await expect(page.locator('h1')).toHaveText('Not saved for offline reading');
  await page.context().setOffline(false);
});
