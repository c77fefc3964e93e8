import { defineConfig } from 'vitest/config';

// Some tests build a whole site, in the test or in beforeAll; on a busy machine that takes
// far longer than Vitest's defaults (5 s a test, 10 s a hook).
const timeouts = { testTimeout: 120_000, hookTimeout: 120_000 };

export default defineConfig({
  test: {
    // One temporary folder for the run, removed at its end.
    globalSetup: ['tests/helpers/temp-root.ts'],
    projects: [
      // Code read string in, string out, folder by folder as in src/lib/ (and the CLI scripts on temporary files).
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], ...timeouts } },
      // Tests that build a site or read the built dist/.
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], ...timeouts } },
    ],
  },
});
