import { defineConfig, mergeConfig } from 'vitest/config';
import { libraryConfig } from '../../../tools/vite/library';

// isolate: false runs the spec files in one process, sharing the cached PGlite dumps, the Prisma
// client and the schema engine: about a third less CPU. The specs restore what they change.
export default defineConfig(
  mergeConfig(
    libraryConfig({
      name: 'bff-db',
      dirname: import.meta.dirname,
      environment: 'node',
      slow: true,
    }),
    { test: { isolate: false } },
  ),
);
