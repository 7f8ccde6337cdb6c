import { defineConfig } from 'vitest/config';
import { libraryConfig } from '../vite/library';

// The tools project is the generators (the local Nx plugin @luotsi/tools): their specs live
// beside them, not under src/. generator.spec.ts generates a module in a scratch copy of the
// repository and builds it, so it is slow: one file at a time.
const config = libraryConfig({ name: 'tools', dirname: import.meta.dirname, environment: 'node', slow: true });
export default defineConfig({ ...config, test: { ...config.test, include: ['**/*.spec.ts'], fileParallelism: false } });
