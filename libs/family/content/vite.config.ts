import { defineConfig } from 'vitest/config';
import { libraryConfig } from '../../../tools/vite/library';

export default defineConfig(
  libraryConfig({ name: 'family-content', dirname: import.meta.dirname, environment: 'node' }),
);
