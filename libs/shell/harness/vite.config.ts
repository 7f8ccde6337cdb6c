import { defineConfig } from 'vitest/config';
import { libraryConfig } from '../../../tools/vite/library';

export default defineConfig(libraryConfig({ name: 'shell-harness', dirname: import.meta.dirname, environment: 'jsdom' }));
