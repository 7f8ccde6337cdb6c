import { defineConfig } from 'vitest/config';
import { libraryConfig } from '../../../tools/vite/library';

export default defineConfig(libraryConfig({ name: 'symptoms-domain', dirname: import.meta.dirname, environment: 'node' }));
