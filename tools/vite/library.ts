/**
 * The vitest configuration of every library, in one place.
 */
import { createRequire } from 'node:module';
import type { UserConfig } from 'vite';

const require = createRequire(import.meta.url);

export interface LibraryOptions {
  name: string;
  dirname: string;
  environment: 'node' | 'jsdom';
  /** Integration tests with a database take longer than unit tests. */
  slow?: boolean;
}

export function libraryConfig({ name, dirname, environment, slow }: LibraryOptions): UserConfig {
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
      ...(slow ? { testTimeout: 30_000, hookTimeout: 60_000 } : {}),
    },
  } as UserConfig;
}
