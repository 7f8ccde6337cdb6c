/**
 * npm run db:migration -- <name>        writes prisma/migrations/<UTC timestamp>_<name>/migration.sql
 * npm run db:migration -- <name> --empty  writes an empty one, for SQL Prisma cannot express
 * npm run db:migration -- --check       exits 1 when the schema and the migrations differ (CI)
 * Offline: uses the WebAssembly schema engine, see schema-diff.ts.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultMigrationsDir } from '../src/paths';
import { diffMigrationsToSchema, migrationLockContent, migrationLockFile } from './schema-diff';

function timestamp(date = new Date()): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

async function main(args: string[]): Promise<number> {
  const check = args.includes('--check');
  const empty = args.includes('--empty');
  const name = args.find((a) => !a.startsWith('--'));
  const migrationsDir = defaultMigrationsDir;
  const shown = relative(process.cwd(), migrationsDir) || '.';

  if (check) {
    const diff = await diffMigrationsToSchema({ migrationsDir });
    if (!diff.hasChanges) {
      console.log(`The migrations in ${shown} match the Prisma schema.`);
      return 0;
    }
    console.error(
      `Drift: the Prisma schema differs from what the migrations in ${shown} produce.\n` +
        'Create a migration with: npm run db:migration -- <name>\nMissing SQL:\n\n' +
        diff.script,
    );
    return 1;
  }

  if (!name || !/^[a-z0-9]+(_[a-z0-9]+)*$/.test(name)) {
    console.error(
      'Usage: npm run db:migration -- <name> [--empty] | --check   (name in snake_case, e.g. add_audit_log)',
    );
    return 2;
  }

  let script: string;
  if (empty) {
    script = `-- ${name}: hand-written SQL that the Prisma schema cannot express.\n`;
  } else {
    const diff = await diffMigrationsToSchema({ migrationsDir });
    if (!diff.hasChanges) {
      console.log(
        'The schema matches the migrations: nothing to do. (Use --empty for a hand-written migration.)',
      );
      return 0;
    }
    script = diff.script;
  }

  const folder = join(migrationsDir, `${timestamp()}_${name}`);
  if (existsSync(folder)) {
    console.error(`${folder} exists already; try again in a second.`);
    return 1;
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'migration.sql'), script.endsWith('\n') ? script : `${script}\n`);
  const lock = join(migrationsDir, migrationLockFile);
  if (!existsSync(lock)) writeFileSync(lock, migrationLockContent);
  console.log(
    `Wrote ${relative(process.cwd(), join(folder, 'migration.sql'))}. Review it, then run npm run db:migrate.`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
