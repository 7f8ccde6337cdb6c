import type { PrismaClient } from '@luotsi/db';
import { protectCells, type CellGroup, type Suppression } from './disclosure';
import { eachDay, eachMonth, monthEnd, monthStart, parseIsoDate, isoDate } from './periods';

export type Granularity = 'day' | 'month';

export interface SeriesPoint {
  /** First and last day of the period. */
  start: string;
  end: string;
  /** The sum of the daily values; null when there is no data for the period. */
  value: number | null;
  /** Why the value must not be shown; null when it may. */
  suppression: Suppression | null;
}

export interface SeriesQuery {
  indicatorId: string;
  from: string;
  to: string;
  /** null: the whole county. */
  serviceAreaId: string | null;
  granularity: Granularity;
  threshold: number;
}

/**
 * The series of one indicator for the county or one service area, by day or by month.
 *
 * It reads the service-area rows of DailyIndicatorValue (municipality code null); the county is
 * their sum. Suppression is worked out for all areas and the county together and over whole
 * calendar months, whatever range and area were asked for, so that the same cell is hidden in
 * every answer (see disclosure.ts). Monthly points always cover whole months.
 */
export async function loadSeries(prisma: PrismaClient, query: SeriesQuery): Promise<SeriesPoint[]> {
  const first = monthStart(query.from);
  const last = monthEnd(query.to);
  const [areas, rows] = await Promise.all([
    prisma.serviceArea.findMany({ select: { id: true }, orderBy: { code: 'asc' } }),
    prisma.dailyIndicatorValue.findMany({
      where: {
        indicatorId: query.indicatorId,
        serviceAreaId: { not: null },
        municipalityCode: null,
        day: { gte: parseIsoDate(first), lte: parseIsoDate(last) },
      },
      select: { day: true, serviceAreaId: true, value: true },
    }),
  ]);
  const areaIds = areas.map((a) => a.id);
  const daily = new Map<string, number>();
  for (const row of rows) daily.set(`${row.serviceAreaId}|${isoDate(row.day)}`, row.value);
  const county = areaIds.length;
  const series = query.serviceAreaId === null ? county : areaIds.indexOf(query.serviceAreaId);
  if (series < 0) return [];

  const points: SeriesPoint[] = [];
  for (const month of eachMonth(first, last)) {
    const days = eachDay(month, monthEnd(month));
    // Daily table of the month: rows are days, columns the areas and then the county.
    const dayValues = days.map((day) => withTotal(areaIds.map((id) => daily.get(`${id}|${day}`) ?? null)));
    const monthValues = withTotal(areaIds.map((_, a) => sum(dayValues.map((row) => row[a] ?? null))));
    const monthState = protectCells(monthValues, [{ members: areaIds.map((_, a) => a), total: county }], { threshold: query.threshold });

    if (query.granularity === 'month') {
      points.push({ start: month, end: monthEnd(month), value: monthValues[series] ?? null, suppression: monthState[series] ?? null });
      continue;
    }
    const dayState = protectDays(dayValues, monthValues, monthState, query.threshold);
    days.forEach((day, d) => {
      if (day < query.from || day > query.to) return;
      const i = d * (county + 1) + series;
      points.push({ start: day, end: day, value: dayValues[d]?.[series] ?? null, suppression: dayState[i] ?? null });
    });
  }
  return points;
}

/**
 * The days of one month: each day's areas add up to the county's day, and each column's days to
 * its monthly figure, which is already decided (the monthly answer is published on its own).
 */
function protectDays(dayValues: (number | null)[][], monthValues: (number | null)[], monthState: (Suppression | null)[], threshold: number) {
  const width = monthValues.length;
  const values = [...dayValues.flat(), ...monthValues];
  const monthCell = (column: number) => dayValues.length * width + column;
  const groups: CellGroup[] = [];
  dayValues.forEach((_, d) => groups.push({ members: range(width - 1).map((a) => d * width + a), total: d * width + width - 1 }));
  for (let column = 0; column < width; column++) groups.push({ members: dayValues.map((_, d) => d * width + column), total: monthCell(column) });
  const fixed = new Map(monthState.map((state, column) => [monthCell(column), state] as const));
  return protectCells(values, groups, { threshold, fixed });
}

function withTotal(values: (number | null)[]): (number | null)[] {
  return [...values, sum(values)];
}

/** The sum of the values that exist; null when none does (no data is not zero). */
function sum(values: readonly (number | null)[]): number | null {
  let total: number | null = null;
  for (const value of values) if (value !== null) total = (total ?? 0) + value;
  return total;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
