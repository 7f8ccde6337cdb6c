import { defineConfig } from 'vite';
import { remoteConfig } from '../../tools/vite/federation';

export default defineConfig(remoteConfig({ id: 'family-center', dirname: import.meta.dirname, devPort: 4301 }));
