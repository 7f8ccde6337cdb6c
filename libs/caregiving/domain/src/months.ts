/**
 * Calendar months ('YYYY-MM') and inclusive date ranges ('YYYY-MM-DD'). Fees are earned per
 * calendar month, so everything here is whole calendar days without time zones: a caller turns
 * an instant into a Helsinki date first (helsinkiDate in @luotsi/calendar).
 */
import { addDays, dayNumber, daysInMonth, isWorkingDay, makeDate } from '@luotsi/calendar';

/** A calendar month as 'YYYY-MM'. */
export type YearMonth = string;

/** Both ends included: { from: '2026-03-01', to: '2026-03-31' } is 31 days. */
export interface DateRange {
  from: string;
  to: string;
}

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function parseYearMonth(month: YearMonth): { year: number; month: number } {
  const m = monthPattern.exec(month);
  if (!m) throw new RangeError(`Not a month (YYYY-MM): ${month}`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

export function makeYearMonth(year: number, month: number): YearMonth {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function yearMonthOf(date: string): YearMonth {
  dayNumber(date);
  return date.slice(0, 7);
}

export function addMonthsToYearMonth(month: YearMonth, n: number): YearMonth {
  const { year, month: m } = parseYearMonth(month);
  const index = year * 12 + (m - 1) + n;
  return makeYearMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** Months from a to b (positive when b is later). */
export function monthsBetween(a: YearMonth, b: YearMonth): number {
  const pa = parseYearMonth(a);
  const pb = parseYearMonth(b);
  return (pb.year - pa.year) * 12 + (pb.month - pa.month);
}

export function monthRange(month: YearMonth): DateRange {
  const { year, month: m } = parseYearMonth(month);
  return { from: makeDate(year, m, 1), to: makeDate(year, m, daysInMonth(year, m)) };
}

export function daysInYearMonth(month: YearMonth): number {
  const { year, month: m } = parseYearMonth(month);
  return daysInMonth(year, m);
}

/**
 * The same day `n` months later, clamped to the month's last day: 31 Jan + 1 month = 28/29 Feb.
 * "A month after the interruption began" is counted this way.
 */
export function addCalendarMonths(date: string, n: number): string {
  const target = addMonthsToYearMonth(yearMonthOf(date), n);
  const { year, month } = parseYearMonth(target);
  return makeDate(year, month, Math.min(Number(date.slice(8, 10)), daysInMonth(year, month)));
}

export function rangeDays(range: DateRange): number {
  const days = dayNumber(range.to) - dayNumber(range.from) + 1;
  return days > 0 ? days : 0;
}

/** The overlap of two ranges, or null when they do not meet. `to: null` means open-ended. */
export function intersect(a: DateRange, b: { from: string; to: string | null }): DateRange | null {
  const from = a.from > b.from ? a.from : b.from;
  const to = b.to === null || a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : null;
}

/** Every date of a range, in order. Ranges here are at most a month or two long. */
export function datesOf(range: DateRange): string[] {
  const out: string[] = [];
  for (let d = range.from; d <= range.to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Sorted dates → the fewest ranges of consecutive days. */
export function toRanges(sortedDates: readonly string[]): DateRange[] {
  const out: DateRange[] = [];
  for (const date of sortedDates) {
    const last = out[out.length - 1];
    if (last && addDays(last.to, 1) === date) last.to = date;
    else out.push({ from: date, to: date });
  }
  return out;
}

/**
 * Fees of a month are paid on the 14th of the next month (domain-rules.md); when that is not a
 * working day, on the working day before it, so the money is never late.
 */
export function feePaymentDate(month: YearMonth, dayOfNextMonth = 14): string {
  const { year, month: m } = parseYearMonth(addMonthsToYearMonth(month, 1));
  let date = makeDate(year, m, dayOfNextMonth);
  while (!isWorkingDay(date)) date = addDays(date, -1);
  return date;
}
