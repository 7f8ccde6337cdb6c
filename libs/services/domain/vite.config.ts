import { defineConfig } from 'vitest/config';
import { libraryConfig } from '../../../tools/vite/library';

export default defineConfig(libraryConfig({ name: 'services-domain', dirname: import.meta.dirname, environment: 'node' }));
