import { type Language } from './languages';

/**
 * Formatting through Intl, always in Europe/Helsinki: the server stores UTC and a resident
 * abroad still books Finnish appointments in Finnish time.
 *
 * English uses en-GB, not en-FI: in Node's ICU (and not at all in some browsers' trimmed ICU
 * data) en-FI mixes conventions — "14.05" but "14:05–15:00", "1 234,5" but "€1,234.50". en-GB
 * gives one consistent set (day before month, 24-hour clock, € before the amount). Short dates
 * in English spell the month ("7 Mar 2025") because "07/03/2025" reads as July to many readers.
 */
export const timeZone = 'Europe/Helsinki';

export const locales: Readonly<Record<Language, string>> = {
  fi: 'fi-FI',
  sv: 'sv-FI',
  en: 'en-GB',
};

/** A Date, an epoch millisecond value, an ISO instant, or an ISO calendar date ('2025-03-07'). */
export type DateInput = Date | number | string;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date (a `date` column) has no time: take noon UTC, which is the same day in
 * Helsinki all year, so '2025-03-07' never shows as the 6th or the 8th.
 */
export function toDate(value: DateInput): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string') {
    const m = isoDate.exec(value);
    if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return date;
}

// Intl formatters are costly to create and these are called per table cell: cache them.
const cache = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = language + JSON.stringify(options);
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[language], { timeZone, ...options });
    cache.set(key, format);
  }
  return format;
}

export type DateStyle = 'short' | 'long' | 'weekday';

function dateOptions(language: Language, style: DateStyle): Intl.DateTimeFormatOptions {
  const month = language === 'en' ? 'short' : 'numeric';
  switch (style) {
    case 'short':
      return { day: 'numeric', month, year: 'numeric' };
    case 'weekday':
      return { weekday: 'short', day: 'numeric', month, year: 'numeric' };
    case 'long':
      return { day: 'numeric', month: 'long', year: 'numeric' };
  }
}

/** Finnish writes "9.00", British English "09:00"; both on a 24-hour clock. */
function timeOptions(language: Language): Intl.DateTimeFormatOptions {
  return { hour: language === 'en' ? '2-digit' : 'numeric', minute: '2-digit', hourCycle: 'h23' };
}

/** fi "7.3.2025", sv "7.3.2025", en "7 Mar 2025"; 'long': "7. maaliskuuta 2025"; 'weekday': "pe 7.3.2025". */
export function formatDate(value: DateInput, language: Language, style: DateStyle = 'short'): string {
  return dateTimeFormat(language, dateOptions(language, style)).format(toDate(value));
}

/** fi/sv "14.05" and "9.00", en "14:05" and "09:00". */
export function formatTime(value: DateInput, language: Language): string {
  return dateTimeFormat(language, timeOptions(language)).format(toDate(value));
}

/** fi "7.3.2025 klo 14.05", sv "7.3.2025 14.05", en "7 Mar 2025, 14:05". */
export function formatDateTime(value: DateInput, language: Language, style: DateStyle = 'short'): string {
  return dateTimeFormat(language, { ...dateOptions(language, style), ...timeOptions(language) }).format(toDate(value));
}

/**
 * A range with shared parts written once: fi "7.–9.3.2025", en "7–9 Mar 2025"; with
 * `withTime`, fi "7.3.2025 14.05–15.00".
 */
export function formatDateRange(
  start: DateInput,
  end: DateInput,
  language: Language,
  { withTime = false, style = 'short' }: { withTime?: boolean; style?: DateStyle } = {},
): string {
  const options = withTime ? { ...dateOptions(language, style), ...timeOptions(language) } : dateOptions(language, style);
  return dateTimeFormat(language, options).formatRange(toDate(start), toDate(end));
}

/** fi/sv "1 234 567,5" (non-breaking spaces), en "1,234,567.5". */
export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locales[language], options).format(value);
}

/** Money is integer cents (architecture): fi/sv "1 234,50 €", en "€1,234.50". */
export function formatMoney(cents: number, language: Language): string {
  if (!Number.isInteger(cents)) throw new RangeError(`Money must be integer cents, got ${cents}`);
  return new Intl.NumberFormat(locales[language], { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

const helsinkiDay = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Days since the epoch of the calendar day in Helsinki on which the instant falls. */
function dayNumber(date: Date): number {
  // en-CA formats as YYYY-MM-DD.
  const [y, m, d] = helsinkiDay.format(date).split('-').map(Number);
  return Math.round(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / 86_400_000);
}

/** Whole calendar days from `now` to `value` in Helsinki (tomorrow = 1). */
export function daysBetween(value: DateInput, now: DateInput = new Date()): number {
  return dayNumber(toDate(value)) - dayNumber(toDate(now));
}

/** fi "tänään", "huomenna", "5 päivän päästä"; sv "i morgon"; en "in 5 days", "2 days ago". */
export function formatRelativeDays(value: DateInput, language: Language, now: DateInput = new Date()): string {
  return new Intl.RelativeTimeFormat(locales[language], { numeric: 'auto' }).format(daysBetween(value, now), 'day');
}
