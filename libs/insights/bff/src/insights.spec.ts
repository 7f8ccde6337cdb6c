import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId, type Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf, type AuthenticatedUser } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { insightsModule } from './index';
import { insightsSeed, seedFrom, seedTo } from './seed';
import { isoDate } from './periods';

let db: Database;
let manager: AuthenticatedUser;
const schema = buildSchema([identityModule, insightsModule]);
beforeAll(async () => {
  db = await openTestDatabase([identityModule, insightsModule]);
  manager = await viewerOf(db.prisma, 'staff', 'staff-mikko');
});
afterAll(() => db?.close());

interface Point {
  start: string;
  end: string;
  value: number | null;
  suppressed: boolean;
  suppression: 'belowThreshold' | 'complementary' | null;
}
interface SeriesResult {
  indicatorSeries: { from: string; to: string; suppressionThreshold: number; serviceArea: { code: string } | null; points: Point[] };
}

const seriesQuery = /* GraphQL */ `
  query ($indicatorId: ID!, $from: Date!, $to: Date!, $area: String, $granularity: IndicatorGranularity) {
    indicatorSeries(indicatorId: $indicatorId, from: $from, to: $to, serviceAreaCode: $area, granularity: $granularity) {
      from
      to
      suppressionThreshold
      serviceArea { code }
      points { start end value suppressed suppression }
    }
  }
`;

async function series(variables: Record<string, unknown>, viewer: AuthenticatedUser = manager) {
  const result = await runOperation<SeriesResult>(schema, db.prisma, seriesQuery, { staff: viewer, variables });
  expect(result.errors).toBeUndefined();
  return result.data!.indicatorSeries;
}

/** The direct sum of the stored daily rows of one month, for one area or all of them. */
async function storedSum(indicatorId: string, month: string, areaCode?: string): Promise<number> {
  const rows = await db.prisma.dailyIndicatorValue.findMany({
    where: { indicatorId, municipalityCode: null, serviceArea: areaCode ? { code: areaCode } : { isNot: null } },
    select: { day: true, value: true },
  });
  return rows.filter((r) => isoDate(r.day).startsWith(month)).reduce((sum, r) => sum + r.value, 0);
}

describe('indicators', () => {
  it('list the registry in the reader’s language', async () => {
    const result = await runOperation<{ indicators: { id: string; unit: string; name: { text: string }; definition: { text: string } }[] }>(
      schema,
      db.prisma,
      `query { indicators { id unit name { text } definition { text } } }`,
      { staff: manager, language: 'sv' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.indicators.map((i) => [i.id, i.unit, i.name.text])).toEqual([
      ['symptoms.assessments-completed', 'count', 'Gjorda symptombedömningar'],
      ['family.help-requests-received', 'count', 'Mottagna Be om hjälp-kontakter'],
      ['appointments.first-contacts-booked', 'count', 'Bokade tider för första kontakt'],
    ]);
  });

  it('give the service areas to filter by', async () => {
    const result = await runOperation<{ insightsServiceAreas: { code: string; name: { text: string } }[] }>(
      schema,
      db.prisma,
      `query { insightsServiceAreas { code name { text } } }`,
      { staff: await viewerOf(db.prisma, 'staff', 'staff-anna'), language: 'en' },
    );
    expect(result.data?.insightsServiceAreas.map((a) => a.code)).toEqual(['ESPOO', 'ETELA', 'LANSI', 'POHJOINEN']);
    expect(result.data?.insightsServiceAreas[2]?.name.text).toBe('Western service area');
  });
});

describe('indicator series', () => {
  const months = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];

  it('sum the seeded days of each month, for the county and for each area', async () => {
    const indicatorId = 'symptoms.assessments-completed';
    const county = await series({ indicatorId, from: seedFrom, to: seedTo });
    expect([county.from, county.to, county.serviceArea]).toEqual(['2026-05-01', '2026-11-30', null]);
    expect(county.points.map((p) => p.start)).toEqual(months.map((m) => `${m}-01`));
    for (const [i, month] of months.entries()) expect(county.points[i]?.value).toBe(await storedSum(indicatorId, month));

    for (const area of ['ESPOO', 'ETELA', 'LANSI', 'POHJOINEN']) {
      const result = await series({ indicatorId, from: '2026-05-01', to: '2026-10-31', area });
      expect(result.serviceArea?.code).toBe(area);
      expect(result.points.map((p) => p.value)).toEqual(await Promise.all(months.slice(0, 6).map((m) => storedSum(indicatorId, m, area))));
    }
  });

  it('cover whole months even when asked for part of one', async () => {
    const result = await series({ indicatorId: 'symptoms.assessments-completed', from: '2026-06-10', to: '2026-07-05', area: 'ESPOO' });
    expect([result.from, result.to]).toEqual(['2026-06-01', '2026-07-31']);
    expect(result.points.map((p) => p.value)).toEqual([await storedSum('symptoms.assessments-completed', '2026-06', 'ESPOO'), await storedSum('symptoms.assessments-completed', '2026-07', 'ESPOO')]);
  });

  it('never show a seeded count below the threshold, nor one that would give it away', async () => {
    const indicatorId = 'family.help-requests-received';
    const byArea = new Map<string, Point[]>();
    for (const area of ['ESPOO', 'ETELA', 'LANSI', 'POHJOINEN']) byArea.set(area, (await series({ indicatorId, from: '2026-05-01', to: '2026-10-31', area })).points);
    const county = (await series({ indicatorId, from: '2026-05-01', to: '2026-10-31' })).points;
    // The small western area had 3 requests in July (see the seed): hidden, and the smallest
    // other area with it, so the county figure cannot be used to work it out.
    expect(await storedSum(indicatorId, '2026-07', 'LANSI')).toBeLessThan(5);
    expect(byArea.get('LANSI')?.[2]).toMatchObject({ value: null, suppressed: true, suppression: 'belowThreshold' });
    expect(byArea.get('POHJOINEN')?.[2]).toMatchObject({ value: null, suppressed: true, suppression: 'complementary' });
    expect(county[2]?.value).toBe(await storedSum(indicatorId, '2026-07'));
    for (let m = 0; m < 6; m++) {
      const cells = [...byArea.values()].map((points) => points[m]!);
      expect(cells.filter((c) => c.suppressed)).not.toHaveLength(1);
      for (const cell of [...cells, county[m]!]) if (!cell.suppressed) expect(cell.value).toBeGreaterThanOrEqual(5);
    }
  });

  describe('with known small counts', () => {
    const indicatorId = 'appointments.first-contacts-booked';
    beforeAll(async () => {
      const areas = new Map((await db.prisma.serviceArea.findMany()).map((a) => [a.code, a.id]));
      // January 2020, long before the demo data: Espoo 40, south 3, west 12, north 9; March: Espoo 5.
      const rows: [string, string, number][] = [
        ['ESPOO', '2020-01-01', 40],
        ['ETELA', '2020-01-02', 3],
        ['LANSI', '2020-01-03', 12],
        ['POHJOINEN', '2020-01-05', 9],
        ['ESPOO', '2020-03-02', 4],
        ['ESPOO', '2020-03-03', 1],
      ];
      await db.prisma.dailyIndicatorValue.createMany({
        data: rows.map(([area, day, value]) => ({
          id: demoId('test-indicator-value', `${area}|${day}`),
          indicatorId,
          serviceAreaId: areas.get(area)!,
          day: new Date(`${day}T00:00:00Z`),
          value,
        })),
      });
    });

    it('return a count below the threshold as null and suppressed, never the value', async () => {
      const result = await runOperation(schema, db.prisma, seriesQuery, { staff: manager, variables: { indicatorId, from: '2020-01-01', to: '2020-03-31', area: 'ETELA' } });
      const points = (result.data as unknown as SeriesResult).indicatorSeries.points;
      expect(points[0]).toEqual({ start: '2020-01-01', end: '2020-01-31', value: null, suppressed: true, suppression: 'belowThreshold' });
      // No data is not a suppressed zero.
      expect(points[1]).toEqual({ start: '2020-02-01', end: '2020-02-29', value: null, suppressed: false, suppression: null });
      expect(JSON.stringify(result)).not.toMatch(/"value":3\b/);
    });

    it('show a count at the threshold, and the county total beside the hidden areas', async () => {
      const county = await series({ indicatorId, from: '2020-01-01', to: '2020-03-31' });
      expect(county.suppressionThreshold).toBe(5);
      expect(county.points.map((p) => p.value)).toEqual([64, null, 5]);
      expect((await series({ indicatorId, from: '2020-01-01', to: '2020-01-31', area: 'POHJOINEN' })).points[0]?.suppression).toBe('complementary');
      expect((await series({ indicatorId, from: '2020-01-01', to: '2020-01-31', area: 'LANSI' })).points[0]?.value).toBe(12);
    });

    it('protect the days too, so a month minus its other days does not give a small day away', async () => {
      const days = async (area?: string) =>
        (await series({ indicatorId, from: '2020-01-01', to: '2020-01-31', granularity: 'day', area })).points.filter((p) => p.value !== null || p.suppressed);
      expect((await days()).map((p) => [p.start, p.value, p.suppression])).toEqual([
        ['2020-01-01', 40, null],
        ['2020-01-02', null, 'belowThreshold'],
        ['2020-01-03', 12, null],
        ['2020-01-05', null, 'complementary'],
      ]);
      expect((await days('POHJOINEN')).map((p) => [p.start, p.value, p.suppression])).toEqual([['2020-01-05', null, 'complementary']]);
      // In March Espoo's days are 4 and 1: both small, the month (5) is shown.
      const march = await series({ indicatorId, from: '2020-03-01', to: '2020-03-31', granularity: 'day', area: 'ESPOO' });
      expect(march.points.filter((p) => p.suppressed).map((p) => p.start)).toEqual(['2020-03-02', '2020-03-03']);
    });
  });

  it('refuse unknown indicators, areas and oversized ranges', async () => {
    const run = (variables: Record<string, unknown>) => runOperation(schema, db.prisma, seriesQuery, { staff: manager, variables });
    expect((await run({ indicatorId: 'nope.nothing', from: '2026-05-01', to: '2026-05-31' })).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect((await run({ indicatorId: 'symptoms.assessments-completed', from: '2026-05-01', to: '2026-05-31', area: 'MARS' })).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect((await run({ indicatorId: 'symptoms.assessments-completed', from: '2026-06-01', to: '2026-05-01' })).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect((await run({ indicatorId: 'symptoms.assessments-completed', from: '2020-01-01', to: '2026-05-01', granularity: 'day' })).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('access', () => {
  const queries = [
    `query { indicators { id } }`,
    `query { insightsServiceAreas { code } }`,
    `query { indicatorSeries(indicatorId: "symptoms.assessments-completed", from: "2026-05-01", to: "2026-10-31") { points { value } } }`,
  ];

  it('is refused to a nurse', async () => {
    const nurse = await viewerOf(db.prisma, 'staff', 'staff-hanna');
    for (const query of queries) {
      const result = await runOperation(schema, db.prisma, query, { staff: nurse });
      expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    }
  });

  it('is refused to a resident and to nobody signed in', async () => {
    const resident = await viewerOf(db.prisma, 'resident', 'resident-tessa');
    for (const query of queries) {
      const asResident = await runOperation(schema, db.prisma, query, { resident });
      // A resident must sign in as staff first: the staff area then offers that sign-in.
      expect(asResident.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      expect(asResident.data).toBeNull();
      expect((await runOperation(schema, db.prisma, query)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
  });
});

describe('seed', () => {
  it('is idempotent: seeding again changes no row', async () => {
    const before = await db.prisma.dailyIndicatorValue.findMany({ where: { day: { gte: new Date(`${seedFrom}T00:00:00Z`) } }, orderBy: { id: 'asc' } });
    expect(before).toHaveLength(3 * 4 * 205);
    await insightsSeed.run(db.prisma);
    expect(await db.prisma.dailyIndicatorValue.findMany({ where: { day: { gte: new Date(`${seedFrom}T00:00:00Z`) } }, orderBy: { id: 'asc' } })).toEqual(before);
  });
});
