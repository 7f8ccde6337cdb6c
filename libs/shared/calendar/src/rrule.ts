/**
 * Recurring entries: a subset of RFC 5545 RRULE, expanded in Helsinki wall-clock time so that a
 * weekly 09:00 meeting stays at 09:00 local across DST changes (its UTC instant moves by an hour).
 *
 * Supported: FREQ=DAILY|WEEKLY|MONTHLY, INTERVAL, COUNT, UNTIL, BYDAY (weekdays for all three
 * frequencies; with an ordinal such as 1MO or -1FR for MONTHLY only), WKST=MO, plus EXDATE.
 * Anything else (BYMONTHDAY, BYSETPOS, BYHOUR, FREQ=YEARLY, …) is refused with an error that
 * names the part, rather than silently expanded differently from other calendars.
 *
 * As RFC 5545 says, DTSTART is always the first occurrence and COUNT includes it; EXDATE removes
 * occurrences after COUNT has been applied. A MONTHLY rule without BYDAY repeats on DTSTART's day
 * of the month and skips months that lack it (the 31st).
 */
import { addDays, daysInMonth, dayNumber, isoWeekday, makeDate, type IsoWeekday } from './dates';
import { helsinkiToUtc, parseTime, utcToHelsinki } from './helsinki';

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY';

export interface WeekdayRule {
  weekday: IsoWeekday;
  /** MONTHLY only: 1 = first, -1 = last, … of the month. */
  ordinal?: number;
}

export interface RecurrenceRule {
  freq: Frequency;
  interval: number;
  byDay?: WeekdayRule[];
  count?: number;
  /** Last possible start: an instant (from UTC form), or a whole local date (from date form). */
  until?: { instant: Date } | { date: string };
}

export class UnsupportedRecurrenceError extends Error {
  override readonly name = 'UnsupportedRecurrenceError';
}

const weekdayCodes: Record<string, IsoWeekday> = {
  MO: 1,
  TU: 2,
  WE: 3,
  TH: 4,
  FR: 5,
  SA: 6,
  SU: 7,
};

function positiveInteger(key: string, value: string): number {
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1)
    throw new UnsupportedRecurrenceError(`${key} must be a positive whole number, got "${value}"`);
  return Number(value);
}

function parseUntil(value: string): NonNullable<RecurrenceRule['until']> {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
  if (!m)
    throw new UnsupportedRecurrenceError(
      `UNTIL must be YYYYMMDD or YYYYMMDDTHHMMSSZ, got "${value}"`,
    );
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  try {
    dayNumber(date);
  } catch {
    throw new UnsupportedRecurrenceError(`UNTIL is not a calendar date: "${value}"`);
  }
  if (m[4] === undefined) return { date };
  if (m[7] !== 'Z')
    throw new UnsupportedRecurrenceError(
      `UNTIL with a time must be in UTC (end with Z): "${value}"`,
    );
  return { instant: new Date(`${date}T${m[4]}:${m[5]}:${m[6]}Z`) };
}

/** Parses an RRULE value ("FREQ=WEEKLY;BYDAY=MO,WE", an "RRULE:" prefix allowed). */
export function parseRecurrenceRule(text: string): RecurrenceRule {
  const body = text.trim().replace(/^RRULE:/i, '');
  if (body === '') throw new UnsupportedRecurrenceError('Empty recurrence rule');
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new UnsupportedRecurrenceError(`Malformed rule part "${part}"`);
    const key = part.slice(0, eq).toUpperCase();
    if (parts.has(key)) throw new UnsupportedRecurrenceError(`${key} given twice`);
    parts.set(key, part.slice(eq + 1).toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq === undefined) throw new UnsupportedRecurrenceError('FREQ is required');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY')
    throw new UnsupportedRecurrenceError(
      `FREQ=${freq} is not supported (DAILY, WEEKLY or MONTHLY)`,
    );
  const rule: RecurrenceRule = { freq, interval: 1 };
  for (const [key, value] of parts) {
    switch (key) {
      case 'FREQ':
        break;
      case 'INTERVAL':
        rule.interval = positiveInteger(key, value);
        break;
      case 'COUNT':
        rule.count = positiveInteger(key, value);
        break;
      case 'UNTIL':
        rule.until = parseUntil(value);
        break;
      case 'WKST':
        // Weeks start on Monday in Finland; another start would change WEEKLY;INTERVAL>1 results.
        if (value !== 'MO')
          throw new UnsupportedRecurrenceError(`WKST=${value} is not supported (only MO)`);
        break;
      case 'BYDAY':
        rule.byDay = value.split(',').map((item) => {
          const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
          if (!m) throw new UnsupportedRecurrenceError(`BYDAY value "${item}" is not a weekday`);
          const weekday = weekdayCodes[m[2]!]!;
          if (m[1] === undefined) return { weekday };
          const ordinal = Number(m[1]);
          if (freq !== 'MONTHLY')
            throw new UnsupportedRecurrenceError(
              `BYDAY with an ordinal ("${item}") needs FREQ=MONTHLY`,
            );
          if (ordinal === 0 || Math.abs(ordinal) > 5)
            throw new UnsupportedRecurrenceError(
              `BYDAY ordinal must be 1–5 or -1–-5, got "${item}"`,
            );
          return { weekday, ordinal };
        });
        break;
      default:
        throw new UnsupportedRecurrenceError(
          `${key} is not supported (FREQ, INTERVAL, COUNT, UNTIL, BYDAY, WKST)`,
        );
    }
  }
  if (rule.count !== undefined && rule.until !== undefined)
    throw new UnsupportedRecurrenceError('COUNT and UNTIL cannot both be given');
  return rule;
}

export interface RecurrenceInput {
  /** DTSTART in Helsinki time. */
  start: { date: string; time: string };
  durationMinutes: number;
  rule: string | RecurrenceRule;
  /**
   * Excluded occurrences: an instant, a local 'YYYY-MM-DDTHH:MM' (that occurrence) or a local
   * 'YYYY-MM-DD' (any occurrence that day).
   */
  exdates?: readonly (Date | string)[];
  /** Occurrences that overlap [from, to) are returned. */
  window: { from: Date; to: Date };
}

export interface Occurrence {
  start: Date;
  end: Date;
  /** Helsinki date and time of the start. */
  date: string;
  time: string;
}

/** Candidate dates of one period (day, week or month), in order. */
function* periodDates(
  rule: RecurrenceRule,
  startDate: string,
): Generator<{ first: string; dates: string[] }> {
  const startWeekday = isoWeekday(startDate);
  const [sy, sm, sd] = startDate.split('-').map(Number) as [number, number, number];
  for (let k = 0; ; k++) {
    if (rule.freq === 'DAILY') {
      const date = addDays(startDate, k * rule.interval);
      yield {
        first: date,
        dates: !rule.byDay || rule.byDay.some((b) => b.weekday === isoWeekday(date)) ? [date] : [],
      };
    } else if (rule.freq === 'WEEKLY') {
      const monday = addDays(startDate, 1 - startWeekday + 7 * k * rule.interval);
      const weekdays = rule.byDay
        ? [...new Set(rule.byDay.map((b) => b.weekday))].sort()
        : [startWeekday];
      yield { first: monday, dates: weekdays.map((w) => addDays(monday, w - 1)) };
    } else {
      const monthIndex = sm - 1 + k * rule.interval;
      const year = sy + Math.floor(monthIndex / 12);
      const month = (monthIndex % 12) + 1;
      const length = daysInMonth(year, month);
      if (!rule.byDay) {
        yield {
          first: makeDate(year, month, 1),
          dates: sd <= length ? [makeDate(year, month, sd)] : [],
        };
        continue;
      }
      const days = new Set<number>();
      for (const b of rule.byDay) {
        const first = ((b.weekday - isoWeekday(makeDate(year, month, 1)) + 7) % 7) + 1;
        const all: number[] = [];
        for (let d = first; d <= length; d += 7) all.push(d);
        if (b.ordinal === undefined) all.forEach((d) => days.add(d));
        else {
          const d = b.ordinal > 0 ? all[b.ordinal - 1] : all[all.length + b.ordinal];
          if (d !== undefined) days.add(d);
        }
      }
      yield {
        first: makeDate(year, month, 1),
        dates: [...days].sort((a, b) => a - b).map((d) => makeDate(year, month, d)),
      };
    }
  }
}

/** The occurrences of a recurring entry within a window, in order of start. */
export function expandRecurrence(input: RecurrenceInput): Occurrence[] {
  const rule = typeof input.rule === 'string' ? parseRecurrenceRule(input.rule) : input.rule;
  const { start, durationMinutes, window } = input;
  if (!(durationMinutes > 0)) throw new RangeError('durationMinutes must be positive');
  parseTime(start.time);
  const startDay = dayNumber(start.date);
  const durationMs = durationMinutes * 60_000;
  const windowEndDay = dayNumber(utcToHelsinki(window.to).date);

  const excludedInstants = new Set<number>();
  const excludedDays = new Set<string>();
  const excludedLocal = new Set<string>();
  for (const ex of input.exdates ?? []) {
    if (ex instanceof Date) excludedInstants.add(ex.getTime());
    else if (/^\d{4}-\d{2}-\d{2}$/.test(ex)) excludedDays.add(ex);
    else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(ex)) excludedLocal.add(ex);
    else throw new RangeError(`EXDATE must be a Date, YYYY-MM-DD or YYYY-MM-DDTHH:MM, got "${ex}"`);
  }

  const result: Occurrence[] = [];
  let produced = 0;
  const emit = (date: string): boolean => {
    const startAt = helsinkiToUtc(date, start.time);
    if (rule.until) {
      const beyond =
        'instant' in rule.until ? startAt > rule.until.instant : date > rule.until.date;
      if (beyond) return false;
    }
    produced++;
    const local = utcToHelsinki(startAt);
    const excluded =
      excludedInstants.has(startAt.getTime()) ||
      excludedDays.has(date) ||
      excludedLocal.has(`${date}T${start.time}`) ||
      excludedLocal.has(`${local.date}T${local.time}`);
    const endAt = new Date(startAt.getTime() + durationMs);
    if (!excluded && startAt < window.to && endAt > window.from)
      result.push({ start: startAt, end: endAt, date: local.date, time: local.time });
    return rule.count === undefined || produced < rule.count;
  };

  if (!emit(start.date)) return result;
  for (const { first, dates } of periodDates(rule, start.date)) {
    // Periods come in order: once one starts after the window's last local day, nothing later
    // can overlap it. This also ends rules whose periods never match a day (DAILY;INTERVAL=7;BYDAY=…).
    if (dayNumber(first) > windowEndDay + 1) return result;
    for (const date of dates) {
      if (dayNumber(date) <= startDay) continue;
      if (dayNumber(date) > windowEndDay + 1) return result;
      if (!emit(date)) return result;
    }
  }
  return result;
}
