import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database';
import { openTestDatabase } from './testing';

/**
 * The access log is append-only in the database itself, so that neither a bug in the BFF nor
 * anyone with the application's credentials can rewrite or erase what a professional did.
 */
let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db?.close());

const entry = {
  actorStaffId: '00000000-0000-4000-8000-000000000001',
  actorName: 'Hanna Hoitaja',
  actorRole: 'nurse',
  clientPersonId: '00000000-0000-4000-8000-000000000002',
  action: 'read',
  objectType: 'ContactRequest',
  objectId: 'cr-1',
  purpose: 'unit-queue',
  requestId: 'req-1',
};

describe('access_log_entries', () => {
  it('takes new rows, with the time in UTC', async () => {
    const row = await db.prisma.accessLogEntry.create({ data: entry });
    expect(row.occurredAt).toBeInstanceOf(Date);
    const [stored] = await db.sql.query<{ zone: string }>(
      `SELECT pg_typeof(occurred_at)::text AS zone FROM access_log_entries WHERE id = $1`,
      [row.id],
    );
    expect(stored?.zone).toBe('timestamp with time zone');
  });

  it('refuses UPDATE, through Prisma and in SQL', async () => {
    const row = await db.prisma.accessLogEntry.create({ data: entry });
    await expect(db.prisma.accessLogEntry.update({ where: { id: row.id }, data: { actorName: 'Someone Else' } })).rejects.toThrow(/append-only/);
    await expect(db.sql.exec(`UPDATE access_log_entries SET purpose = 'x'`)).rejects.toThrow(/append-only: UPDATE refused/);
    expect((await db.prisma.accessLogEntry.findUniqueOrThrow({ where: { id: row.id } })).actorName).toBe('Hanna Hoitaja');
  });

  it('refuses DELETE and TRUNCATE', async () => {
    const row = await db.prisma.accessLogEntry.create({ data: entry });
    await expect(db.prisma.accessLogEntry.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(db.prisma.accessLogEntry.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.sql.exec(`DELETE FROM access_log_entries`)).rejects.toThrow(/append-only: DELETE refused/);
    await expect(db.sql.exec(`TRUNCATE access_log_entries`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    expect(await db.prisma.accessLogEntry.count({ where: { id: row.id } })).toBe(1);
  });

  it('accepts only the known actions', async () => {
    await expect(db.prisma.accessLogEntry.create({ data: { ...entry, action: 'peek' } })).rejects.toThrow(/access_log_entries_action_check/);
    for (const action of ['read', 'create', 'update', 'delete', 'export', 'print'])
      await expect(db.prisma.accessLogEntry.create({ data: { ...entry, action } })).resolves.toMatchObject({ action });
  });
});
