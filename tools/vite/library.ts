/**
 * The vitest configuration of every library, in one place.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { UserConfig } from 'vite';

const require = createRequire(import.meta.url);

export interface LibraryOptions {
  name: string;
  dirname: string;
  environment: 'node' | 'jsdom';
  /** Integration tests with a database take longer than unit tests. */
  slow?: boolean;
  /** Environment variables of the test run, e.g. LUOTSI_DEMO_TODAY for tests that pin the clock. */
  env?: Record<string, string>;
}

/**
 * With LUOTSI_TEST_REPORT_DIR set (npm test sets it), every project also writes a JSON report, so
 * the root test script can count every test of the run in its summary line.
 */
export function testReporting(name: string): { reporters?: unknown[]; outputFile?: { json: string } } {
  const dir = process.env['LUOTSI_TEST_REPORT_DIR'];
  return dir ? { reporters: ['default', 'json'], outputFile: { json: resolve(dir, `${name}.json`) } } : {};
}

export function libraryConfig({ name, dirname, environment, slow, env }: LibraryOptions): UserConfig {
  return {
    root: dirname,
    resolve: {
      tsconfigPaths: true,
      // graphql ships CommonJS and ESM builds; Pothos (CommonJS) and test code must share one,
      // or graphql-js refuses a schema "from another module or realm".
      alias: { graphql: require.resolve('graphql') },
    },
    test: {
      name,
      include: ['src/**/*.spec.{ts,tsx}'],
      environment,
      ...(env ? { env } : {}),
      ...testReporting(name),
      ...(slow ? { testTimeout: 30_000, hookTimeout: 60_000 } : {}),
    },
  } as UserConfig;
}
