import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  resolve: { tsconfigPaths: true },
  test: {
    name: 'shared-testing',
    include: ['src/**/*.spec.{ts,tsx}'],
    environment: 'jsdom',
  },
});
