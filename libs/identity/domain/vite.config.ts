import { defineConfig } from 'vitest/config';
import { libraryConfig } from '../../../tools/vite/library';

export default defineConfig(libraryConfig({ name: 'identity-domain', dirname: import.meta.dirname, environment: 'node' }));
