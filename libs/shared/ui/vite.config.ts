import { defineConfig } from 'vitest/config';
import { libraryConfig } from '../../../tools/vite/library';

const base = libraryConfig({ name: 'shared-ui', dirname: import.meta.dirname, environment: 'jsdom' });

export default defineConfig({
  ...base,
  // Unmounts what each test rendered (Testing Library cannot hook in without vitest globals).
  test: { ...base.test, setupFiles: ['src/test-setup.ts'] },
});
