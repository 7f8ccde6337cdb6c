import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  resolve: { tsconfigPaths: true },
  test: {
    name: 'appointments-bff',
    include: ['src/**/*.spec.{ts,tsx}'],
    environment: 'node',
  },
});
