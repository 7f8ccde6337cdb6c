/**
 * Calendar arithmetic on ISO dates ('2026-05-01'). Indicator days are `date` columns with no time
 * or zone, so everything here is UTC midnight and never touches the local clock.
 */
const dayMs = 86_400_000;

export function parseIsoDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(value: string, days: number): string {
  return isoDate(new Date(parseIsoDate(value).getTime() + days * dayMs));
}

export function monthStart(value: string): string {
  return `${value.slice(0, 7)}-01`;
}

export function monthEnd(value: string): string {
  const date = parseIsoDate(value);
  return isoDate(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)));
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The first day of every month that the range touches. */
export function eachMonth(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = monthStart(from); month <= to; month = addDays(monthEnd(month), 1)) months.push(month);
  return months;
}

/** Days from `from` to `to`, both included (1 for a single day). */
export function daysInRange(from: string, to: string): number {
  return Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / dayMs) + 1;
}

/** 0 = Monday … 6 = Sunday, as the Finnish week runs. */
export function weekdayIndex(value: string): number {
  return (parseIsoDate(value).getUTCDay() + 6) % 7;
}
