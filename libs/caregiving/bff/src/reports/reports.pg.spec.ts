import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId, dropTestSchemas, findTestPostgres, migrate, openDatabase, seedAll, type Database } from '@luotsi/db';
import { buildSchema, runOperation, viewerOf, type AuthenticatedUser } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { caregivingModule } from '../index';

// The seed writes Olli's last month relative to the demo day: pin it to the day these tests assume.
process.env['LUOTSI_DEMO_TODAY'] = '2026-11-23';

// On PostgreSQL, simultaneous requests really run in parallel on separate connections (PGlite has
// one): the unique key and the row lock must keep a double submit to one report there too.
const postgres = await findTestPostgres();
if (!postgres.url) console.warn(`[caregiving-bff] No PostgreSQL report concurrency test in this run: ${postgres.reason}`);
if (postgres.required && !postgres.url) it('reaches TEST_DATABASE_URL', () => { throw new Error(postgres.reason); });

const schemaName = `luotsi_care_reports_${Date.now().toString(36)}_${process.pid}`;
const schema = buildSchema([identityModule, caregivingModule]);
const now = new Date('2026-11-23T10:00:00Z');
let db: Database;
let olli: AuthenticatedUser;

describe.runIf(Boolean(postgres.url))('monthly reports on PostgreSQL', () => {
  beforeAll(async () => {
    db = await openDatabase({ url: postgres.url ?? '', schema: schemaName });
    await migrate(db);
    await seedAll(db.prisma, [identityModule, caregivingModule].flatMap((m) => (m.seed ? [m.seed] : [])));
    olli = await viewerOf(db.prisma, 'resident', 'carer-olli');
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    if (postgres.url) await dropTestSchemas(postgres.url, [schemaName]);
  });

  it('stores one report when the same report is submitted six times at once', async () => {
    const agreementId = demoId('care-agreement', 'olli');
    const input = { agreementId, month: '2026-11', daysOff: ['2026-11-07', '2026-11-08'], interruptions: [{ kind: 'HOSPITAL_STAY', from: '2026-11-16', to: '2026-11-18' }], expenses: [], submit: true };
    const save = 'mutation($input: SaveCareReportInput!) { saveMyCareReport(input: $input) { problems { code } report { id status } } }';
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        runOperation<{ saveMyCareReport: { report: { id: string; status: string } } }>(schema, db.prisma, save, {
          resident: olli, now, variables: { input: { ...input, idempotencyKey: i % 2 ? 'pg-double-click' : `pg-retry-${i}` } },
        }),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual(results.map(() => undefined));
    expect(new Set(results.map((r) => r.data?.saveMyCareReport.report.id)).size).toBe(1);
    expect(await db.prisma.careReport.count({ where: { agreementId, month: '2026-11' } })).toBe(1);
  });
});
