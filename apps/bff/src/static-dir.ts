import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BffConfig } from './config';

/** Where the built frontends are: configured, or dist/apps of the repository when it exists. */
export function resolveStaticDir(config: BffConfig): string | undefined {
  if (config.devFrontends) return undefined;
  if (config.staticDir) return resolve(config.staticDir);
  const candidates = [resolve(process.cwd(), 'dist/apps'), resolve(import.meta.dirname, '..')];
  return candidates.find((dir) => existsSync(resolve(dir, 'shell/index.html')));
}

/** The built BFF carries its migrations next to main.mjs; from source, the db library finds its own. */
export function bundledMigrationsDir(): string | undefined {
  const dir = resolve(import.meta.dirname, 'migrations');
  return process.env['LUOTSI_MIGRATIONS_DIR'] ?? (existsSync(dir) ? dir : undefined);
}
