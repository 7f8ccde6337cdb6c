import { locales, timeZone, toDate, type Language } from '@luotsi/i18n';

export interface MonthRange {
  /** First day of the first month, 'YYYY-MM-DD'. */
  from: string;
  /** Last day of the last month. */
  to: string;
}

const helsinkiMonth = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' });
const pad = (n: number) => String(n).padStart(2, '0');

/** The `count` whole calendar months before the current one, in Helsinki time. */
export function lastFullMonths(now: Date, count: number): MonthRange {
  const [year = 0, month = 1] = helsinkiMonth.format(now).split('-').map(Number);
  // Date.UTC normalises month overflow: month - 1 - count may be negative.
  const first = new Date(Date.UTC(year, month - 1 - count, 1));
  const last = new Date(Date.UTC(year, month - 1, 0));
  return {
    from: `${first.getUTCFullYear()}-${pad(first.getUTCMonth() + 1)}-01`,
    to: `${last.getUTCFullYear()}-${pad(last.getUTCMonth() + 1)}-${pad(last.getUTCDate())}`,
  };
}

const formats = new Map<string, Intl.DateTimeFormat>();
function monthFormat(language: Language, style: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${language}-${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[language], style === 'long' ? { timeZone, month: 'long', year: 'numeric' } : { timeZone, month: 'short' });
    formats.set(key, format);
  }
  return format;
}

/** fi "toukokuu 2026", sv "maj 2026", en "May 2026". */
export function formatMonth(day: string, language: Language): string {
  return monthFormat(language, 'long').format(toDate(day));
}

/** For chart axes: fi "toukok.", sv "maj", en "May". */
export function formatMonthShort(day: string, language: Language): string {
  return monthFormat(language, 'short').format(toDate(day));
}

/** fi "toukokuu–lokakuu 2026", en "May – October 2026". */
export function formatMonthRange(range: MonthRange, language: Language): string {
  return monthFormat(language, 'long').formatRange(toDate(range.from), toDate(range.to));
}
