import { defineConfig } from 'vitest/config';
import { libraryConfig } from '../../../tools/vite/library';

export default defineConfig(libraryConfig({ name: 'bff-notify', dirname: import.meta.dirname, environment: 'node', slow: true }));
