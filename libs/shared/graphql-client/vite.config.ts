import { defineConfig } from 'vitest/config';
import { libraryConfig } from '../../../tools/vite/library';

export default defineConfig(libraryConfig({ name: 'shared-graphql-client', dirname: import.meta.dirname, environment: 'jsdom' }));
