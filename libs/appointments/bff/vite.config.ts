import { defineConfig } from 'vitest/config';
import { libraryConfig } from '../../../tools/vite/library';

// The tests pin the clock to Monday 2026-11-23; the demo calendar is written around the Friday
// before it, so the seeded times fall on the dates the tests name.
export default defineConfig(
  libraryConfig({ name: 'appointments-bff', dirname: import.meta.dirname, environment: 'node', slow: true, env: { LUOTSI_DEMO_TODAY: '2026-11-20' } }),
);
