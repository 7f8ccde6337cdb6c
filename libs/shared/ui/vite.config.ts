import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  resolve: { tsconfigPaths: true },
  test: {
    name: 'shared-ui',
    include: ['src/**/*.spec.{ts,tsx}'],
    environment: 'jsdom',
    // Unmounts what each test rendered (Testing Library cannot hook in without vitest globals).
    setupFiles: ['src/test-setup.ts'],
  },
});
