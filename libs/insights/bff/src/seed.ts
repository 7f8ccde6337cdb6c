import { Prisma, demoId, type PrismaClient, type SeedStep } from '@luotsi/db';
import { eachDay, weekdayIndex } from './periods';

/**
 * Demo values of the first three indicators: every day from May to yesterday of the demo date
 * (2026-11-22), per service area. Pseudo-random but deterministic (the same numbers on every
 * seed), with the rhythm of the real services: weekdays busier than weekends, a summer dip, the
 * advice booking only on working days. The western area is small, so some of its months fall
 * below the suppression threshold, which the dashboard must handle.
 */
export const seedFrom = '2026-05-01';
export const seedTo = '2026-11-21';

type AreaCode = 'ESPOO' | 'ETELA' | 'LANSI' | 'POHJOINEN';

interface Profile {
  /** Mean per day on an ordinary weekday (factor 1), by service area. */
  perDay: Record<AreaCode, number>;
  /** Monday … Sunday. */
  weekday: readonly [number, number, number, number, number, number, number];
  /** By month number (5 = May). */
  season: Readonly<Record<number, number>>;
  /** Whether the service counts on public holidays as on any day (digital services do). */
  onHolidays: boolean;
}

const profiles: Record<string, Profile> = {
  // Omaolo-type assessments peak on Mondays and in the autumn's infection season.
  'symptoms.assessments-completed': {
    perDay: { ESPOO: 42, ETELA: 14, LANSI: 7, POHJOINEN: 11 },
    weekday: [1.35, 1.1, 1, 1, 0.9, 0.6, 0.75],
    season: { 5: 1, 6: 0.85, 7: 0.7, 8: 0.95, 9: 1.1, 10: 1.15, 11: 1.2 },
    onHolidays: true,
  },
  // Families write any day, less at weekends and in the summer holidays, more when school starts.
  'family.help-requests-received': {
    perDay: { ESPOO: 2.6, ETELA: 0.9, LANSI: 0.3, POHJOINEN: 0.6 },
    weekday: [1.2, 1.1, 1, 1, 0.9, 0.5, 0.6],
    season: { 5: 1, 6: 0.8, 7: 0.55, 8: 1.05, 9: 1.1, 10: 1.05, 11: 1 },
    onHolidays: true,
  },
  // The social-services advice books on working days; a skeleton service in July.
  'appointments.first-contacts-booked': {
    perDay: { ESPOO: 5.5, ETELA: 1.8, LANSI: 0.35, POHJOINEN: 1.2 },
    weekday: [1.1, 1, 1, 1, 0.8, 0, 0],
    season: { 5: 1, 6: 0.85, 7: 0.45, 8: 1, 9: 1.05, 10: 1.05, 11: 1 },
    onHolidays: false,
  },
};

/** Finnish public holidays (and Midsummer Eve) in the seeded period. */
const holidays = new Set(['2026-05-01', '2026-05-14', '2026-06-19', '2026-06-20', '2026-10-31']);

/** FNV-1a: a stable 32-bit seed from a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** mulberry32: a small deterministic generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Poisson-distributed count (Knuth), fine for the small means here. */
function poisson(mean: number, random: () => number): number {
  if (mean <= 0) return 0;
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = random(); p > limit; p *= random()) k++;
  return k;
}

export interface SeededValue {
  indicatorId: string;
  areaCode: AreaCode;
  day: string;
  value: number;
}

/** The demo values, computed (no database): the seed writes exactly these. */
export function demoIndicatorValues(): SeededValue[] {
  const values: SeededValue[] = [];
  for (const [indicatorId, profile] of Object.entries(profiles))
    for (const areaCode of Object.keys(profile.perDay) as AreaCode[])
      for (const day of eachDay(seedFrom, seedTo)) {
        const holiday = holidays.has(day) && !profile.onHolidays;
        const factor = holiday ? 0 : profile.weekday[weekdayIndex(day)]! * (profile.season[Number(day.slice(5, 7))] ?? 1);
        const value = poisson(profile.perDay[areaCode] * factor, generator(hash(`${indicatorId}|${areaCode}|${day}`)));
        values.push({ indicatorId, areaCode, day, value });
      }
  return values;
}

export const insightsSeed: SeedStep = {
  id: 'insights',
  async run(prisma: PrismaClient) {
    const areas = await prisma.serviceArea.findMany({ select: { id: true, code: true } });
    const areaIds = new Map(areas.map((a) => [a.code, a.id]));
    const rows = demoIndicatorValues().flatMap((v) => {
      const areaId = areaIds.get(v.areaCode);
      return areaId ? [{ ...v, areaId, id: demoId('indicator-value', `${v.indicatorId}|${v.areaCode}|${v.day}`) }] : [];
    });
    // One statement per chunk instead of thousands of upserts. The unique index is NULLS NOT
    // DISTINCT (see insights.prisma), so ON CONFLICT finds area rows whose municipality is null.
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      await prisma.$executeRaw`
        INSERT INTO daily_indicator_values (id, indicator_id, day, service_area_id, municipality_code, value)
        VALUES ${Prisma.join(chunk.map((r) => Prisma.sql`(${r.id}::uuid, ${r.indicatorId}, ${r.day}::date, ${r.areaId}::uuid, NULL, ${r.value})`))}
        ON CONFLICT (indicator_id, day, service_area_id, municipality_code) DO UPDATE SET value = EXCLUDED.value`;
    }
  },
};
