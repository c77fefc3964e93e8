import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Some tests build a whole site, in the test or in beforeAll; on a busy machine that takes
    // far longer than Vitest's defaults (5 s a test, 10 s a hook).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
