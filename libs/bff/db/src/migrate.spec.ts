import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Database } from './database';
import { migrate, MigrationError, migrationsTable, readMigrations } from './migrate';
import { defaultMigrationsDir } from './paths';
import { openTestDatabase } from './testing';

const tempDirs: string[] = [];
function copyOfMigrations(): string {
  const dir = mkdtempSync(join(tmpdir(), 'luotsi-migrations-'));
  tempDirs.push(dir);
  cpSync(defaultMigrationsDir, dir, { recursive: true });
  return dir;
}
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('migrate on in-memory PGlite', () => {
  let db: Database;
  beforeEach(async () => {
    db = await openTestDatabase({ migrate: false });
  });
  afterEach(() => db.close());

  it('applies every checked-in migration once, in order', async () => {
    const names = readMigrations().map((m) => m.name);
    expect(names[0]).toMatch(/^\d{14}_init$/);
    expect(await migrate(db)).toEqual({ applied: names, alreadyApplied: [] });
    expect(await migrate(db)).toEqual({ applied: [], alreadyApplied: names });
    const rows = await db.sql.query<{ name: string }>(
      `SELECT name FROM ${migrationsTable} ORDER BY name`,
    );
    expect(rows.map((r) => r.name)).toEqual(names);
    expect(await db.prisma.person.count()).toBe(0);
  });

  it('refuses to run when an applied migration was edited', async () => {
    const dir = copyOfMigrations();
    await migrate(db, { migrationsDir: dir });
    const [first] = readMigrations(dir);
    appendFileSync(join(dir, first!.name, 'migration.sql'), '\n-- edited\n');
    await expect(migrate(db, { migrationsDir: dir })).rejects.toThrow(MigrationError);
    await expect(migrate(db, { migrationsDir: dir })).rejects.toThrow(
      `${first!.name} changed on disk`,
    );
  });

  it('ignores line-ending differences in the checksum', async () => {
    const dir = copyOfMigrations();
    await migrate(db, { migrationsDir: dir });
    const [first] = readMigrations(dir);
    writeFileSync(join(dir, first!.name, 'migration.sql'), first!.sql.replace(/\n/g, '\r\n'));
    await expect(migrate(db, { migrationsDir: dir })).resolves.toMatchObject({ applied: [] });
  });

  it('refuses to run when the database has a migration the folder lacks', async () => {
    await migrate(db);
    await db.sql.query(
      `INSERT INTO ${migrationsTable} (name, checksum) VALUES ('29991231000000_future', 'x')`,
    );
    await expect(migrate(db)).rejects.toThrow('29991231000000_future');
  });

  it('rolls a failing migration back as a whole and does not record it', async () => {
    const dir = copyOfMigrations();
    const bad = join(dir, '29991231000000_broken');
    mkdirSync(bad);
    writeFileSync(
      join(bad, 'migration.sql'),
      'CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;\n',
    );
    await expect(migrate(db, { migrationsDir: dir })).rejects.toThrow(
      /29991231000000_broken failed/,
    );
    const tables = await db.sql.query(
      `SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`,
    );
    expect(tables).toHaveLength(0);
    const recorded = await db.sql.query<{ name: string }>(`SELECT name FROM ${migrationsTable}`);
    expect(recorded.map((r) => r.name)).not.toContain('29991231000000_broken');
    expect(recorded.length).toBe(readMigrations().length);
  });

  it('keeps indicator values unique even where dimensions are NULL', async () => {
    await migrate(db);
    const insert = `INSERT INTO daily_indicator_values (id, indicator_id, day, value) VALUES (gen_random_uuid(), 'contacts', '2026-11-02', $1)
      ON CONFLICT (indicator_id, day, service_area_id, municipality_code) DO UPDATE SET value = EXCLUDED.value`;
    await db.sql.query(insert, [5]);
    await db.sql.query(insert, [7]);
    const rows = await db.prisma.dailyIndicatorValue.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.value).toBe(7);
    await expect(
      db.prisma.dailyIndicatorValue.create({
        data: { indicatorId: 'contacts', day: new Date('2026-11-02T00:00:00Z'), value: 1 },
      }),
    ).rejects.toThrow();
  });
});
