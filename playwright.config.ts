import { defineConfig } from '@playwright/test';

/**
 * Specs that expose open defects and fail intermittently: kept runnable, out of `npm test` until
 * fixed. None at the moment; run listed ones with `CANDOR_OPEN_DEFECTS=1 npx playwright test <spec>`.
 */
const OPEN_DEFECTS: string[] = [];

// Each test launches its own Chromium with the built extension (see tests/e2e/support/fixtures.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  testIgnore: process.env.CANDOR_OPEN_DEFECTS ? [] : OPEN_DEFECTS,
  timeout: 60_000,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
