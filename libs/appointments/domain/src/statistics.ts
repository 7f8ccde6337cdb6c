import { z } from 'zod';
import { helsinkiToUtc } from '@luotsi/calendar';
import { fieldRule } from '@luotsi/validation';

/** A calendar month in Helsinki, 'YYYY-MM'. */
export type Month = string;

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return monthPattern.test(value);
}

/** The month after `month`: 2026-12 → 2027-01. */
export function nextMonth(month: Month): Month {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** The months from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthsBetween(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let month = from; month <= to; month = nextMonth(month)) months.push(month);
  return months;
}

/** The instant a Helsinki month begins (midnight of its first day, EET or EEST). */
export function monthStart(month: Month): Date {
  return helsinkiToUtc(`${month}-01`, '00:00');
}

/** The instants [from, until) that the months `from`…`to` cover in Helsinki. */
export function periodBounds(from: Month, to: Month): { from: Date; until: Date } {
  return { from: monthStart(from), until: monthStart(nextMonth(to)) };
}

/** The longest period one statistics query covers. */
export const statisticsMaxMonths = 36;

/** A month argument, 'YYYY-MM'. */
export const monthSchema = z.string().trim().refine(isMonth, fieldRule('invalid-format'));
const month = monthSchema;

/** The statistics period, as the page's filter and the BFF check it. */
export const statisticsPeriodSchema = z
  .object({ from: month, to: month })
  .refine((p) => p.from <= p.to, { path: ['to'], ...fieldRule('out-of-range') })
  .refine((p) => monthsBetween(p.from, p.to).length <= statisticsMaxMonths, { path: ['to'], ...fieldRule('out-of-range') });

/**
 * The share of `part` in `total` as a percentage with one decimal (33.3), or null when there is
 * nothing to share (no bookings: "no data", not 0 %).
 */
export function sharePercent(part: number, total: number): number | null {
  if (total <= 0) return null;
  return Math.round((part * 1000) / total) / 10;
}

/** Minutes as hours with one decimal: 90 → 1.5. */
export function hoursOf(minutes: number): number {
  return Math.round(minutes / 6) / 10;
}

/** One aggregate row as SQL returns it: a group key (entry type, service), a month, sums. */
export interface MonthlyAggregate {
  key: string;
  month: Month;
  count: number;
  minutes: number;
}

export interface MonthlyCell {
  month: Month;
  count: number;
  hours: number;
}

export interface MonthlyRow {
  key: string;
  /** One cell per month of the period, in order; months without entries are zero. */
  months: MonthlyCell[];
  count: number;
  hours: number;
}

/**
 * Turns aggregate rows into a table: a row per key (in `keyOrder` first, others after by name),
 * a cell for every month of the period. Keys without any entries in the period are left out.
 */
export function monthlyTable(aggregates: readonly MonthlyAggregate[], months: readonly Month[], keyOrder: readonly string[] = []): MonthlyRow[] {
  const byKey = new Map<string, Map<Month, MonthlyAggregate>>();
  for (const row of aggregates) {
    const cells = byKey.get(row.key) ?? new Map<Month, MonthlyAggregate>();
    const previous = cells.get(row.month);
    cells.set(row.month, previous ? { ...row, count: previous.count + row.count, minutes: previous.minutes + row.minutes } : row);
    byKey.set(row.key, cells);
  }
  const rank = (key: string) => {
    const index = keyOrder.indexOf(key);
    return index === -1 ? keyOrder.length : index;
  };
  return [...byKey.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((key) => {
      const cells = byKey.get(key)!;
      const row = months.map((m) => ({ month: m, count: cells.get(m)?.count ?? 0, minutes: cells.get(m)?.minutes ?? 0 }));
      const minutes = row.reduce((sum, cell) => sum + cell.minutes, 0);
      return {
        key,
        months: row.map((cell) => ({ month: cell.month, count: cell.count, hours: hoursOf(cell.minutes) })),
        count: row.reduce((sum, cell) => sum + cell.count, 0),
        hours: hoursOf(minutes),
      };
    })
    .filter((row) => row.count > 0);
}
