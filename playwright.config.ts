import { defineConfig } from '@playwright/test';

/**
 * Specs that expose open defects and fail intermittently: kept runnable, out of `npm test` until
 * fixed (issue 8: a site-rule write lost when the worker is killed mid-write).
 * Run them with `npm run test:e2e:open-defects`.
 */
const OPEN_DEFECTS = ['**/hardening-worker-kill.spec.ts'];

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
