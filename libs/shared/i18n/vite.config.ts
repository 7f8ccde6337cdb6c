import { defineConfig } from 'vitest/config';
import { libraryConfig } from '../../../tools/vite/library';

export default defineConfig(libraryConfig({ name: 'shared-i18n', dirname: import.meta.dirname, environment: 'jsdom' }));
