import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database';
import { dropTestSchemas, findTestPostgres } from './test-postgres';
import { migrate, migrationsTable, readMigrations } from './migrate';
import { defaultMigrationsDir } from './paths';
import { expectedPlatformCounts, platformCounts } from './seed/counts';
import { seedAll } from './seed';

/**
 * The same migrations and seed on real PostgreSQL, in a fresh schema of the `test` database that
 * is dropped afterwards. TEST_DATABASE_URL overrides the local default; when it is set, an
 * unreachable server fails the run instead of skipping (CI must not skip silently).
 */
const server = await findTestPostgres();
// Without a reachable PostgreSQL these tests are not defined (a skipped test is not a passing one);
// the run says so. With TEST_DATABASE_URL set, an unreachable server fails below instead.
if (!server.url) console.warn(`[bff-db] No PostgreSQL tests in this run: ${server.reason}`);

const schemas: string[] = [];
function freshSchema(): string {
  const name = `luotsi_test_${Date.now().toString(36)}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  schemas.push(name);
  return name;
}

afterAll(async () => {
  if (server.url) await dropTestSchemas(server.url, schemas);
});

if (server.required && !server.url) {
  it('reaches TEST_DATABASE_URL', () => {
    throw new Error(server.reason);
  });
}

// Defined only when PostgreSQL answers (see above).
const describeOnPostgres = server.url ? describe : ((() => undefined) as unknown as typeof describe);
describeOnPostgres(
  'on PostgreSQL',
  () => {
    const open = (schema: string): Promise<Database> =>
      openDatabase({ url: server.url ?? '', schema });

    it('migrates and seeds twice without duplicates, like PGlite', async () => {
      const db = await open(freshSchema());
      try {
        expect(db.kind).toBe('postgres');
        expect(await db.ping()).toBe(true);
        const names = readMigrations().map((m) => m.name);
        expect((await migrate(db)).applied).toEqual(names);
        await seedAll(db.prisma);
        expect(await platformCounts(db.prisma)).toEqual(expectedPlatformCounts);
        expect((await migrate(db)).applied).toEqual([]);
        await seedAll(db.prisma);
        expect(await platformCounts(db.prisma)).toEqual(expectedPlatformCounts);
        const index = await db.sql.query<{ indexdef: string }>(
          `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'daily_indicator_values_key'`,
        );
        expect(index[0]?.indexdef).toContain('NULLS NOT DISTINCT');
      } finally {
        await db.close();
      }
    });

    it('lets concurrent migrators apply each migration exactly once', async () => {
      const schema = freshSchema();
      const [a, b] = await Promise.all([open(schema), open(schema)]);
      try {
        const [ra, rb] = await Promise.all([migrate(a), migrate(b)]);
        const names = readMigrations().map((m) => m.name);
        expect([...ra.applied, ...rb.applied].sort()).toEqual(names);
        expect(await a.sql.query(`SELECT name FROM ${migrationsTable}`)).toHaveLength(names.length);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });

    it('refuses an edited migration', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'luotsi-migrations-'));
      const db = await open(freshSchema());
      try {
        cpSync(defaultMigrationsDir, dir, { recursive: true });
        await migrate(db, { migrationsDir: dir });
        const last = readMigrations(dir).at(-1)!;
        appendFileSync(join(dir, last.name, 'migration.sql'), '\nSELECT 1;\n');
        await expect(migrate(db, { migrationsDir: dir })).rejects.toThrow(
          `${last.name} changed on disk`,
        );
      } finally {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);
