import { defineConfig } from 'vitest/config';
import { libraryConfig } from '../../../tools/vite/library';

export default defineConfig(libraryConfig({ name: 'shared-calendar', dirname: import.meta.dirname, environment: 'node' }));
