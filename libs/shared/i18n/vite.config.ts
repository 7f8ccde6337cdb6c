import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  resolve: { tsconfigPaths: true },
  test: {
    name: 'shared-i18n',
    include: ['src/**/*.spec.{ts,tsx}'],
    environment: 'node',
  },
});
