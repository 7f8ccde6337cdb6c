import { defineConfig } from 'vite';
import { shellConfig } from '../../tools/vite/federation';

export default defineConfig(shellConfig({ dirname: import.meta.dirname, devPort: 4200 }));
