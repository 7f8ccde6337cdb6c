import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultMigrationsDir } from './paths';
import type { SqlClient } from './sql-client';

/**
 * Applies the checked-in SQL migrations (prisma/migrations/<timestamp>_<name>/migration.sql) in
 * name order, each in its own transaction, and records them with a checksum. The same SQL runs on
 * PGlite and PostgreSQL; Prisma's own migrate needs a native engine we cannot download.
 */

export const migrationsTable = '_luotsi_migrations';

// Arbitrary constant key: serialises migrators of several processes on one PostgreSQL database.
const advisoryLockKey = 7_318_245_021;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateOptions {
  /** Defaults to LUOTSI_MIGRATIONS_DIR or this library's prisma/migrations. */
  migrationsDir?: string;
  log?: (message: string) => void;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Anything with a `sql` client (a Database from openDatabase) or a SqlClient itself. */
export type MigrationTarget = SqlClient | { sql: SqlClient };

/** sha256 of the file with line endings normalised, so a Windows checkout does not look edited. */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

export function readMigrations(migrationsDir = resolveMigrationsDir()): MigrationFile[] {
  if (!existsSync(migrationsDir))
    throw new MigrationError(`Migrations folder not found: ${migrationsDir}`);
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(join(migrationsDir, entry.name, 'migration.sql')),
    )
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(migrationsDir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: migrationChecksum(sql) };
    });
}

function resolveMigrationsDir(): string {
  return process.env['LUOTSI_MIGRATIONS_DIR'] || defaultMigrationsDir;
}

export async function migrate(
  target: MigrationTarget,
  options: MigrateOptions = {},
): Promise<MigrateResult> {
  const sql = 'sql' in target ? target.sql : target;
  const log = options.log ?? (() => undefined);
  const migrations = readMigrations(options.migrationsDir ?? resolveMigrationsDir());

  await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [advisoryLockKey]);
    await tx.exec(
      `CREATE TABLE IF NOT EXISTS ${migrationsTable} (
        name text PRIMARY KEY,
        checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
  });

  const applied = await sql.query<{ name: string; checksum: string }>(
    `SELECT name, checksum FROM ${migrationsTable} ORDER BY name`,
  );
  verifyHistory(applied, migrations);

  const result: MigrateResult = { applied: [], alreadyApplied: [] };
  const appliedNames = new Set(applied.map((row) => row.name));
  for (const migration of migrations) {
    if (appliedNames.has(migration.name)) {
      result.alreadyApplied.push(migration.name);
      continue;
    }
    const ran = await sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [advisoryLockKey]);
      // Another process may have applied it while we waited for the lock.
      const existing = await tx.query<{ checksum: string }>(
        `SELECT checksum FROM ${migrationsTable} WHERE name = $1`,
        [migration.name],
      );
      if (existing[0]) {
        verifyHistory([{ name: migration.name, checksum: existing[0].checksum }], migrations);
        return false;
      }
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        throw new MigrationError(
          `Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`,
          { cause: error },
        );
      }
      await tx.query(`INSERT INTO ${migrationsTable} (name, checksum) VALUES ($1, $2)`, [
        migration.name,
        migration.checksum,
      ]);
      return true;
    });
    if (ran) {
      result.applied.push(migration.name);
      log(`Applied migration ${migration.name}`);
    } else {
      result.alreadyApplied.push(migration.name);
    }
  }
  return result;
}

/** Refuses to go on when an applied migration was edited or is unknown to this code. */
function verifyHistory(
  applied: { name: string; checksum: string }[],
  migrations: MigrationFile[],
): void {
  const byName = new Map(migrations.map((m) => [m.name, m]));
  const changed = applied
    .filter((row) => byName.has(row.name) && byName.get(row.name)?.checksum !== row.checksum)
    .map((row) => row.name);
  if (changed.length > 0) {
    throw new MigrationError(
      `Refusing to migrate: already applied migration(s) ${changed.join(', ')} changed on disk (checksum differs from ${migrationsTable}). ` +
        'Applied migrations must never be edited; restore the file and put the change in a new migration.',
    );
  }
  const unknown = applied.filter((row) => !byName.has(row.name)).map((row) => row.name);
  if (unknown.length > 0) {
    throw new MigrationError(
      `Refusing to migrate: the database has migration(s) ${unknown.join(', ')} that are not in the migrations folder. ` +
        'Is this an older version of the code than the one that migrated the database?',
    );
  }
}
