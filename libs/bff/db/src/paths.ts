import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** libs/bff/db, found from this file; callers that bundle the code pass explicit paths instead. */
export const libraryDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const schemaDir = join(libraryDir, 'prisma', 'schema');
export const defaultMigrationsDir = join(libraryDir, 'prisma', 'migrations');

/** The workspace root (the folder with nx.json), else the working directory. */
export function repositoryRoot(): string {
  for (let dir = libraryDir; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}
