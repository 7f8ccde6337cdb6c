#!/usr/bin/env node
// Bundles the BFF into dist/apps/bff/main.mjs with esbuild: workspace libraries (TypeScript,
// through tsconfig paths) are bundled, npm packages stay external and load from node_modules.
// The SQL migrations travel with the bundle so production runs exactly the checked-in files.
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outdir = join(root, 'dist', 'apps', 'bff');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'apps/bff/src/main.ts')],
  outfile: join(outdir, 'main.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: join(root, 'tsconfig.base.json'),
  sourcemap: true,
  logLevel: 'warning',
  // Bundled CommonJS helpers need require in ESM output.
  banner: { js: "import { createRequire as __luotsiCreateRequire } from 'node:module'; const require = __luotsiCreateRequire(import.meta.url);" },
});
cpSync(join(root, 'libs/bff/db/prisma/migrations'), join(outdir, 'migrations'), { recursive: true });
// The family center's articles are seeded from their Markdown files (@luotsi/family-content/node).
cpSync(join(root, 'libs/family/content/articles'), join(outdir, 'articles'), { recursive: true });
console.log(`built ${join(outdir, 'main.mjs')}`);
