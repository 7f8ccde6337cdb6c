import { defineConfig } from 'vite';
import { remoteConfig } from '../../tools/vite/federation';

export default defineConfig(remoteConfig({ id: 'messages', dirname: import.meta.dirname, devPort: 4308 }));
