import { defineConfig } from 'vitest/config';
import { libraryConfig } from '../../tools/vite/library';

const config = libraryConfig({ name: 'bff', dirname: import.meta.dirname, environment: 'node', slow: true });
// Integration tests open databases and servers: one file at a time on 2 cores.
export default defineConfig({ ...config, test: { ...config.test, fileParallelism: false } });
