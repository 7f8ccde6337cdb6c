import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// npm test sets LUOTSI_TEST_REPORT_DIR (tmp/test-results) and counts the JSON reports it finds there.
const reportDir = process.env['LUOTSI_TEST_REPORT_DIR'] ?? resolve(import.meta.dirname, '../../tmp/test-results');

/**
 * End-to-end suite: one BFF from the built dist (see src/support/global-setup.ts), one Chromium,
 * a fresh browser context per test. Named vitest.e2e.config.ts so that Nx infers no `test` target
 * for this project: the suite runs only through the `e2e` target, never in the unit-test phase.
 */
export default defineConfig({
  root: import.meta.dirname,
  resolve: { tsconfigPaths: true },
  test: {
    name: 'e2e',
    include: ['src/specs/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['src/support/global-setup.ts'],
    // One portal, one browser, 2 cores: files one at a time, in one worker that keeps its imports
    // (playwright-core, axe) between files. The specs share no state but the running portal.
    fileParallelism: false,
    isolate: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: resolve(reportDir, 'e2e.json') },
  },
});
