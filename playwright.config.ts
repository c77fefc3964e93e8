import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/chromium.ts';
// BAYAN_TEST_PORT lets two checkouts run their browser tests side by side without sharing a server.
const PORT = Number(process.env['BAYAN_TEST_PORT'] ?? 4329);

export default defineConfig({
  testDir: 'tests/browser',
  // One temporary folder for the run (the specs that build a site), removed at its end.
  globalSetup: './tests/helpers/temp-root.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Budgets for a busy 2-core machine, not an idle one: a retrying assertion returns as soon as it
  // holds, so a longer ceiling costs nothing when the machine is free. Heavier tests set their own.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // The offline worker registers itself once a page is idle and then answers its requests, out of page.route's
    // reach: tests that stub the network would test the worker's cache instead. The offline specs allow it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // Serves the already-built dist/ (npm test builds first).
    command: `npm run -s serve -- --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
