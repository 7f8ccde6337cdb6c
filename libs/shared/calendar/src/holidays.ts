/**
 * Finnish public holidays and working days.
 *
 * Official holidays follow the Church Act and the Annual Holidays Act (Easter-dependent days by
 * the Gregorian computus). Christmas Eve and Midsummer Eve are not holidays in law, but the
 * county's offices are closed and collective agreements make them days off: they are listed
 * with `official: false` and count as non-working days, so no deadline or bookable time falls
 * on them. May Day Eve and New Year's Eve are ordinary working days.
 */
import { addDays, isoWeekday, makeDate, yearOf, type IsoWeekday } from './dates';

export type HolidayCode =
  | 'new-years-day'
  | 'epiphany'
  | 'good-friday'
  | 'easter-sunday'
  | 'easter-monday'
  | 'may-day'
  | 'ascension-day'
  | 'whit-sunday'
  | 'midsummer-eve'
  | 'midsummer-day'
  | 'all-saints-day'
  | 'independence-day'
  | 'christmas-eve'
  | 'christmas-day'
  | 'st-stephens-day';

export interface Holiday {
  date: string;
  code: HolidayCode;
  name: { fi: string; sv: string; en: string };
  /** False for Christmas Eve and Midsummer Eve: days off in practice, not in law. */
  official: boolean;
}

const names: Record<HolidayCode, Holiday['name']> = {
  'new-years-day': { fi: 'Uudenvuodenpäivä', sv: 'Nyårsdagen', en: "New Year's Day" },
  epiphany: { fi: 'Loppiainen', sv: 'Trettondagen', en: 'Epiphany' },
  'good-friday': { fi: 'Pitkäperjantai', sv: 'Långfredagen', en: 'Good Friday' },
  'easter-sunday': { fi: 'Pääsiäispäivä', sv: 'Påskdagen', en: 'Easter Sunday' },
  'easter-monday': { fi: '2. pääsiäispäivä', sv: 'Annandag påsk', en: 'Easter Monday' },
  'may-day': { fi: 'Vappu', sv: 'Första maj', en: 'May Day' },
  'ascension-day': { fi: 'Helatorstai', sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' },
  'whit-sunday': { fi: 'Helluntaipäivä', sv: 'Pingstdagen', en: 'Whit Sunday' },
  'midsummer-eve': { fi: 'Juhannusaatto', sv: 'Midsommarafton', en: 'Midsummer Eve' },
  'midsummer-day': { fi: 'Juhannuspäivä', sv: 'Midsommardagen', en: 'Midsummer Day' },
  'all-saints-day': { fi: 'Pyhäinpäivä', sv: 'Alla helgons dag', en: "All Saints' Day" },
  'independence-day': {
    fi: 'Itsenäisyyspäivä',
    sv: 'Självständighetsdagen',
    en: 'Independence Day',
  },
  'christmas-eve': { fi: 'Jouluaatto', sv: 'Julafton', en: 'Christmas Eve' },
  'christmas-day': { fi: 'Joulupäivä', sv: 'Juldagen', en: 'Christmas Day' },
  'st-stephens-day': { fi: 'Tapaninpäivä', sv: 'Annandag jul', en: "St Stephen's Day" },
};

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeDate(year, month, day);
}

/** The first date on or after `from` that falls on `weekday`. */
function onOrAfter(from: string, weekday: IsoWeekday): string {
  return addDays(from, (weekday - isoWeekday(from) + 7) % 7);
}

const cache = new Map<number, readonly Holiday[]>();

/** All holidays of a year (official and Christmas/Midsummer Eve), sorted by date. */
export function publicHolidays(year: number): readonly Holiday[] {
  if (!Number.isInteger(year) || year < 1583 || year > 9999)
    throw new RangeError(`Unsupported year: ${year}`);
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const midsummerEve = onOrAfter(makeDate(year, 6, 19), 5);
  const entries: [string, HolidayCode][] = [
    [makeDate(year, 1, 1), 'new-years-day'],
    [makeDate(year, 1, 6), 'epiphany'],
    [addDays(easter, -2), 'good-friday'],
    [easter, 'easter-sunday'],
    [addDays(easter, 1), 'easter-monday'],
    [makeDate(year, 5, 1), 'may-day'],
    [addDays(easter, 39), 'ascension-day'],
    [addDays(easter, 49), 'whit-sunday'],
    [midsummerEve, 'midsummer-eve'],
    [addDays(midsummerEve, 1), 'midsummer-day'],
    [onOrAfter(makeDate(year, 10, 31), 6), 'all-saints-day'],
    [makeDate(year, 12, 6), 'independence-day'],
    [makeDate(year, 12, 24), 'christmas-eve'],
    [makeDate(year, 12, 25), 'christmas-day'],
    [makeDate(year, 12, 26), 'st-stephens-day'],
  ];
  const list = entries
    .map(([date, code]) => ({
      date,
      code,
      name: names[code],
      official: code !== 'christmas-eve' && code !== 'midsummer-eve',
    }))
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  cache.set(year, list);
  return list;
}

/** The holiday (official or not) on a date, if any. */
export function holidayOn(date: string): Holiday | undefined {
  return publicHolidays(yearOf(date)).find((h) => h.date === date);
}

/** Whether the date is an official public holiday (Christmas Eve and Midsummer Eve are not). */
export function isPublicHoliday(date: string): boolean {
  return holidayOn(date)?.official === true;
}

/** Monday to Friday and neither a public holiday nor Christmas Eve or Midsummer Eve. */
export function isWorkingDay(date: string): boolean {
  return isoWeekday(date) <= 5 && holidayOn(date) === undefined;
}

/**
 * The date `n` working days after `date` (before it when n < 0); the start date itself never
 * counts, so "within 3 working days" of a Thursday is the next Tuesday. n = 0 returns the date.
 */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be a whole number: ${n}`);
  const step = n < 0 ? -1 : 1;
  let current = date;
  for (let left = Math.abs(n); left > 0;) {
    current = addDays(current, step);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/** The date itself when it is a working day, else the next working day. */
export function nextWorkingDay(date: string): string {
  let current = date;
  while (!isWorkingDay(current)) current = addDays(current, 1);
  return current;
}
