import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root (apps/e2e/src/support → four levels up). */
export const workspaceRoot = resolve(import.meta.dirname, '../../../..');
export const distApps = join(workspaceRoot, 'dist/apps');
export const bffMain = join(distApps, 'bff/main.mjs');
export const resultsDir = join(workspaceRoot, 'tmp/test-results');
/** Screenshots of failed tests; emptied at the start of each run. */
export const artifactsDir = join(resultsDir, 'e2e-artifacts');

/** Fails with what to do when the portal has not been built: the suite runs the built dist only. */
export function assertBuilt(): void {
  const missing = [bffMain, join(distApps, 'shell/index.html')].filter((file) => !existsSync(file));
  if (missing.length === 0) return;
  throw new Error(
    [
      'The end-to-end suite runs the built portal, but these files are missing:',
      ...missing.map((file) => `  - ${file}`),
      'Build first:  npm run build',
      '         or:  NX_NO_CLOUD=true npx nx run-many -t build --parallel=2',
    ].join('\n'),
  );
}

/** This run's copy of the build, see snapshotBuild. */
export interface BuildSnapshot {
  /** The built frontends: the shell and each remote (LUOTSI_STATIC_DIR). */
  staticDir: string;
  /** The BFF's SQL migrations (LUOTSI_MIGRATIONS_DIR). */
  migrationsDir: string;
}

/**
 * A private copy of what the running portal reads from dist/apps after it has started: the
 * frontends it serves and the migrations it applies. A rebuild started meanwhile (by a developer
 * or another job) rewrites dist/apps and would pull hashed assets from under the portal. The copy
 * is a few megabytes and takes milliseconds. The BFF's own bundle is loaded once at start.
 */
export function snapshotBuild(target: string): BuildSnapshot {
  const staticDir = join(target, 'frontends');
  const migrationsDir = join(target, 'migrations');
  for (const entry of readdirSync(distApps, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'bff') continue;
    cpSync(join(distApps, entry.name), join(staticDir, entry.name), { recursive: true });
  }
  cpSync(join(distApps, 'bff/migrations'), migrationsDir, { recursive: true });
  return { staticDir, migrationsDir };
}
