import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropTestSchemas, findTestPostgres, migrate, openDatabase, seedAll, type Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf, type AuthenticatedUser } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { appointmentsModule } from './index';

const modules = [identityModule, appointmentsModule];
const schema = buildSchema(modules);
let db: Database;
let tiina: AuthenticatedUser;
let mikko: AuthenticatedUser;
let pia: AuthenticatedUser;
let tiinaUnits: string[];

const now = new Date('2026-11-23T06:00:00Z');

beforeAll(async () => {
  db = await openTestDatabase(modules);
  tiina = await viewerOf(db.prisma, 'staff', 'staff-tiina');
  mikko = await viewerOf(db.prisma, 'staff', 'staff-mikko');
  pia = await viewerOf(db.prisma, 'staff', 'staff-pia');
  tiinaUnits = (await db.prisma.staffUnit.findMany({ where: { staffId: tiina.staffId! } })).map((u) => u.unitId);
}, 180_000);
afterAll(() => db?.close());

const query = /* GraphQL */ `query S($from: String!, $to: String!, $unitIds: [ID!]) {
  calendarStatistics(from: $from, to: $to, unitIds: $unitIds) {
    months
    byType { key count hours months { month count hours } }
    byService { key count hours months { month count hours } }
    firstContacts { month booked fromAdvice sharePercent }
    firstContactTotal { booked fromAdvice sharePercent }
  }
}`;
interface Row {
  key: string;
  count: number;
  hours: number;
  months: { month: string; count: number; hours: number }[];
}
interface Statistics {
  calendarStatistics: {
    months: string[];
    byType: Row[];
    byService: Row[];
    firstContacts: { month: string; booked: number; fromAdvice: number; sharePercent: number | null }[];
    firstContactTotal: { booked: number; fromAdvice: number; sharePercent: number | null };
  };
}
const statisticsAs = (viewer: AuthenticatedUser, variables: Record<string, unknown>) =>
  runOperation<Statistics>(schema, db.prisma, query, { staff: viewer, now, variables, requestId: `stats-${Math.random()}` });

/** Direct counts of what the statistics must say: entries starting in the Helsinki months, not free times. */
async function directCounts(groupBy: 'type_code' | 'unit_type', unitIds: string[] | null, on: Database = db) {
  const rows = await on.prisma.$queryRawUnsafe<{ key: string; month: string; n: number; minutes: number }[]>(
    `SELECT ${groupBy === 'type_code' ? 'e.type_code' : 'u.type'} AS key,
            to_char(e.starts_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM') AS month,
            count(*)::int AS n, sum(extract(epoch from e.ends_at - e.starts_at))::int / 60 AS minutes
       FROM calendar_entries e JOIN units u ON u.id = e.unit_id
      WHERE NOT (e.bookable AND e.client_id IS NULL)
        AND (e.starts_at AT TIME ZONE 'Europe/Helsinki') >= '2026-11-01' AND (e.starts_at AT TIME ZONE 'Europe/Helsinki') < '2027-01-01'
        ${unitIds ? `AND e.unit_id::text IN (${unitIds.map((id) => `'${id}'`).join(',')})` : ''}
      GROUP BY 1, 2`,
  );
  return new Map(rows.map((r) => [`${r.key} ${r.month}`, r.n]));
}
const countsOf = (rows: Row[]) => new Map(rows.flatMap((r) => r.months.filter((m) => m.count > 0).map((m) => [`${r.key} ${m.month}`, m.count] as const)));

describe('calendarStatistics', () => {
  it('gives a team lead the counts of her units, equal to direct counts, and the share booked from advice', async () => {
    const result = await statisticsAs(tiina, { from: '2026-11', to: '2026-12' });
    expect(result.errors).toBeUndefined();
    const stats = result.data!.calendarStatistics;
    expect(stats.months).toEqual(['2026-11', '2026-12']);
    expect(countsOf(stats.byType)).toEqual(await directCounts('type_code', tiinaUnits));
    expect(countsOf(stats.byService)).toEqual(await directCounts('unit_type', tiinaUnits));
    expect(stats.byService.map((r) => r.key)).toEqual(['family-counselling']);
    // Pia's absence (9 h) and Ville's visit; Tessa's first contact, booked by advice.
    expect(stats.byType.find((r) => r.key === 'absence')).toMatchObject({ count: 1, hours: 9 });
    expect(stats.firstContacts).toEqual([
      { month: '2026-11', booked: 1, fromAdvice: 1, sharePercent: 100 },
      { month: '2026-12', booked: 0, fromAdvice: 0, sharePercent: null },
    ]);
    expect(stats.firstContactTotal).toEqual({ booked: 1, fromAdvice: 1, sharePercent: 100 });
  });

  it('gives a manager every unit, or the ones asked for, and a share with one decimal', async () => {
    const all = (await statisticsAs(mikko, { from: '2026-11', to: '2026-12' })).data!.calendarStatistics;
    expect(countsOf(all.byType)).toEqual(await directCounts('type_code', null));
    expect(countsOf(all.byService)).toEqual(await directCounts('unit_type', null));
    const narrowed = (await statisticsAs(mikko, { from: '2026-11', to: '2026-12', unitIds: tiinaUnits })).data!.calendarStatistics;
    expect(countsOf(narrowed.byType)).toEqual(await directCounts('type_code', tiinaUnits));

    // Two more first contacts booked by the professional: 1 of 3 from advice.
    const unitId = tiinaUnits[0]!;
    const staffId = pia.staffId!;
    const clientId = (await db.prisma.person.findUniqueOrThrow({ where: { oidcSubject: 'resident-ville' } })).id;
    for (const day of ['2026-11-30T08:00:00Z', '2026-11-30T10:00:00Z'])
      await db.prisma.calendarEntry.create({
        data: { staffId, unitId, clientId, typeCode: 'first-contact', bookable: true, bookingChannel: 'professional', startsAt: new Date(day), endsAt: new Date(new Date(day).getTime() + 3_600_000) },
      });
    const share = (await statisticsAs(mikko, { from: '2026-11', to: '2026-11' })).data!.calendarStatistics.firstContactTotal;
    expect(share).toEqual({ booked: 3, fromAdvice: 1, sharePercent: 33.3 });
  });

  it('counts an entry in the Helsinki month it starts in', async () => {
    const before = (await statisticsAs(tiina, { from: '2026-11', to: '2026-12' })).data!.calendarStatistics;
    // 00.30 on 1 December in Helsinki is still November in UTC.
    await db.prisma.calendarEntry.create({
      data: { staffId: pia.staffId!, unitId: tiinaUnits[0]!, typeCode: 'documentation', startsAt: new Date('2026-11-30T22:30:00Z'), endsAt: new Date('2026-11-30T23:00:00Z') },
    });
    const after = (await statisticsAs(tiina, { from: '2026-11', to: '2026-12' })).data!.calendarStatistics;
    const documentation = (s: typeof before) => s.byType.find((r) => r.key === 'documentation')?.months.map((m) => m.count) ?? [0, 0];
    expect(documentation(after)).toEqual([documentation(before)[0], documentation(before)[1]! + 1]);
  });

  it('refuses a bad period with a field error, and other roles; writes no access log', async () => {
    const logBefore = await db.prisma.accessLogEntry.count();
    const bad = await statisticsAs(tiina, { from: '2026-12', to: '2026-11' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['to'], code: 'out-of-range' }] });
    const wrong = await statisticsAs(tiina, { from: '2026-13', to: '2026-11' });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['from'], code: 'invalid-format' }] });
    expect((await statisticsAs(pia, { from: '2026-11', to: '2026-12' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await db.prisma.accessLogEntry.count()).toBe(logBefore);
  });
});

/** The time zone maths and aggregates on real PostgreSQL too (skipped when it does not answer). */
const postgres = await findTestPostgres();
if (!postgres.url && postgres.required) throw new Error(postgres.reason);
describe.skipIf(!postgres.url)('calendarStatistics on PostgreSQL', () => {
  const schemaName = `statistics_it_${process.pid}_${Date.now()}`;
  let pg: Database | undefined;
  afterAll(async () => {
    await pg?.close();
    if (postgres.url) await dropTestSchemas(postgres.url, [schemaName]);
  });

  it('gives the same figures as direct counts, month by Helsinki month', async () => {
    pg = await openDatabase({ url: postgres.url!, schema: schemaName });
    await migrate(pg);
    await seedAll(pg.prisma, modules.flatMap((m) => (m.seed ? [m.seed] : [])));
    const manager = await viewerOf(pg.prisma, 'staff', 'staff-mikko');
    await pg.prisma.calendarEntry.create({
      data: {
        staffId: (await viewerOf(pg.prisma, 'staff', 'staff-pia')).staffId!, unitId: (await pg.prisma.unit.findUniqueOrThrow({ where: { code: 'PNE-ESP' } })).id,
        typeCode: 'documentation', startsAt: new Date('2026-11-30T22:30:00Z'), endsAt: new Date('2026-11-30T23:00:00Z'),
      },
    });
    const result = await runOperation<Statistics>(schema, pg.prisma, query, { staff: manager, now, variables: { from: '2026-11', to: '2026-12' } });
    expect(result.errors).toBeUndefined();
    const stats = result.data!.calendarStatistics;
    expect(countsOf(stats.byType)).toEqual(await directCounts('type_code', null, pg));
    expect(countsOf(stats.byService)).toEqual(await directCounts('unit_type', null, pg));
    expect(stats.byType.find((r) => r.key === 'documentation')?.months.find((m) => m.month === '2026-12')?.count).toBe(1);
    expect(stats.firstContactTotal).toEqual({ booked: 1, fromAdvice: 1, sharePercent: 100 });
  }, 120_000);
});
