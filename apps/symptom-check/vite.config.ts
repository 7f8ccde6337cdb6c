import { defineConfig } from 'vite';
import { remoteConfig } from '../../tools/vite/federation';

export default defineConfig(remoteConfig({ id: 'symptom-check', dirname: import.meta.dirname, devPort: 4302 }));
