/**
 * Opening hours of a service channel, from PTV's `serviceHours`, and whether a place is open at a
 * given instant in Helsinki wall-clock time (DST included: "08:00" is 08:00 local all year).
 *
 * PTV's kinds: regular weekly hours (DaysOfTheWeek, possibly for a validity period such as a
 * summer), hours that run over midnight (OverMidnight, e.g. Fri 22:00 – Sat 06:00) and
 * exceptional days (Exceptional: a holiday closed, or different hours on given dates).
 * Exceptional days override the weekly hours on their dates.
 */
import { addDays, isoWeekday, parseTime, utcToHelsinki, type IsoWeekday } from '@luotsi/calendar';
import type { LocalizedText } from './localized';

export interface OpeningInterval {
  /** ISO weekday the interval starts on (1 Monday … 7 Sunday); absent on exceptional days. */
  dayFrom?: IsoWeekday;
  /** ISO weekday it ends on, when it is not the same day (ranges "Mon–Fri" or over midnight). */
  dayTo?: IsoWeekday;
  /** 'HH:MM' Helsinki time. */
  from: string;
  /** 'HH:MM'; '00:00' (or a time not after `from` on the same day) means past midnight. */
  to: string;
}

export interface OpeningHoursPeriod {
  kind: 'regular' | 'over-midnight' | 'exceptional';
  /** 'YYYY-MM-DD' first day the period applies; absent: always. */
  validFrom?: string;
  /** 'YYYY-MM-DD' last day (inclusive); absent: open-ended (exceptional: the first day only). */
  validTo?: string;
  /** Closed for the whole period (typically an exceptional holiday). */
  closed: boolean;
  /** Open round the clock during the period. */
  alwaysOpen: boolean;
  intervals: OpeningInterval[];
  additionalInformation: LocalizedText;
}

const minutesPerDay = 24 * 60;
const minutesPerWeek = 7 * minutesPerDay;

function endMinutes(to: string): number {
  const m = parseTime(to);
  return m === 0 ? minutesPerDay : m;
}

function inPeriod(period: OpeningHoursPeriod, date: string): boolean {
  if (period.validFrom && date < period.validFrom) return false;
  const last = period.validTo ?? (period.kind === 'exceptional' ? period.validFrom : undefined);
  return !(last && date > last);
}

/** Minutes since Monday 00:00 of a weekday and a time of day. */
const weekMinute = (day: IsoWeekday, minutes: number) => (day - 1) * minutesPerDay + minutes;

function weeklyOpen(interval: OpeningInterval, day: IsoWeekday, minutes: number, overMidnight: boolean): boolean {
  if (!interval.dayFrom) return false;
  const from = parseTime(interval.from);
  const to = endMinutes(interval.to);
  const now = weekMinute(day, minutes);
  if (overMidnight) {
    // One span from (dayFrom, from) to (dayTo, to), possibly wrapping past Sunday.
    const start = weekMinute(interval.dayFrom, from);
    let end = weekMinute(interval.dayTo ?? interval.dayFrom, to);
    if (end <= start) end += minutesPerWeek;
    return (now >= start && now < end) || (now + minutesPerWeek >= start && now + minutesPerWeek < end);
  }
  // The same hours on each day of the range dayFrom…dayTo (the range may wrap, e.g. Sat–Mon).
  const last = interval.dayTo ?? interval.dayFrom;
  const days: IsoWeekday[] = [];
  for (let d = interval.dayFrom; ; d = ((d % 7) + 1) as IsoWeekday) {
    days.push(d);
    if (d === last || days.length === 7) break;
  }
  if (to > from) return days.includes(day) && minutes >= from && minutes < to;
  // "22:00–02:00" on a single-day entry: runs into the next morning.
  const previous = ((day + 5) % 7) + 1 as IsoWeekday;
  return (days.includes(day) && minutes >= from) || (days.includes(previous) && minutes < to);
}

function exceptionalOpen(period: OpeningHoursPeriod, minutes: number): boolean {
  if (period.closed) return false;
  if (period.alwaysOpen) return true;
  return period.intervals.some((i) => {
    const from = parseTime(i.from);
    const to = endMinutes(i.to);
    return to > from ? minutes >= from && minutes < to : minutes >= from;
  });
}

/**
 * Whether the place is open at an instant, by Helsinki wall-clock time. Undefined when the
 * channel has no hours for that day at all (unknown rather than closed).
 */
export function isOpenAt(periods: readonly OpeningHoursPeriod[], instant: Date): boolean | undefined {
  const { date, time } = utcToHelsinki(instant);
  const minutes = parseTime(time);
  const exceptional = periods.filter((p) => p.kind === 'exceptional' && inPeriod(p, date));
  if (exceptional.length > 0) return exceptional.some((p) => exceptionalOpen(p, minutes));
  // Periods with dates (summer hours) override the open-ended normal hours while they apply.
  const applicable = (day: string) => {
    const inEffect = periods.filter((p) => p.kind !== 'exceptional' && inPeriod(p, day));
    const dated = inEffect.filter((p) => p.validFrom !== undefined || p.validTo !== undefined);
    return dated.length > 0 ? dated : inEffect;
  };
  const todays = applicable(date);
  // An over-midnight span that began yesterday may still be running.
  const yesterdays = applicable(addDays(date, -1)).filter((p) => p.kind === 'over-midnight' && !todays.includes(p));
  if (todays.length === 0 && yesterdays.length === 0) return undefined;
  if (todays.some((p) => p.closed)) return false;
  const day = isoWeekday(date);
  return [...todays, ...yesterdays].some(
    (p) => !p.closed && (p.alwaysOpen || p.intervals.some((i) => weeklyOpen(i, day, minutes, p.kind === 'over-midnight'))),
  );
}
