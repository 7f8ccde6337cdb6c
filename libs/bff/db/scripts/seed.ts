/**
 * npm run db:seed. tsx reads tsconfig.json from the working directory, and the workspace root has
 * only tsconfig.base.json, so the @luotsi/* path aliases the seed imports would not resolve: load
 * the real script with this library's tsconfig instead.
 */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

await tsImport('./cli/seed.ts', { parentURL: import.meta.url, tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
