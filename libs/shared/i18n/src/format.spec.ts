import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatRelativeDays,
  formatTime,
  toDate,
} from './format';

// Exact strings from Node's ICU. Intl uses U+00A0 (no-break space) between digit groups and
// before '€', U+2212 for minus in fi/sv, and U+2009 (thin space) around en dashes in en-GB ranges.
const nbsp = '\u00a0';
const thin = '\u2009';

// 12:05 UTC is 14:05 in Helsinki in winter (UTC+2) …
const winter = '2025-03-07T12:05:00Z';
// … and 11:30 UTC is 14:30 in summer (UTC+3).
const summer = '2025-07-01T11:30:00Z';

describe('dates and times in Europe/Helsinki', () => {
  it('formats short dates', () => {
    expect(formatDate(winter, 'fi')).toBe('7.3.2025');
    expect(formatDate(winter, 'sv')).toBe('7.3.2025');
    expect(formatDate(winter, 'en')).toBe('7 Mar 2025');
  });

  it('formats long dates and dates with a weekday', () => {
    expect(formatDate(winter, 'fi', 'long')).toBe('7. maaliskuuta 2025');
    expect(formatDate(winter, 'sv', 'long')).toBe('7 mars 2025');
    expect(formatDate(winter, 'en', 'long')).toBe('7 March 2025');
    expect(formatDate(winter, 'fi', 'weekday')).toBe('pe 7.3.2025');
    expect(formatDate(winter, 'sv', 'weekday')).toBe('fre 7.3.2025');
    expect(formatDate(winter, 'en', 'weekday')).toBe('Fri, 7 Mar 2025');
  });

  it('formats times on the Finnish clock, with daylight saving time', () => {
    expect(formatTime(winter, 'fi')).toBe('14.05');
    expect(formatTime(winter, 'sv')).toBe('14.05');
    expect(formatTime(winter, 'en')).toBe('14:05');
    expect(formatTime(summer, 'fi')).toBe('14.30');
    expect(formatTime('2025-07-01T06:00:00Z', 'fi')).toBe('9.00');
    expect(formatTime('2025-07-01T06:00:00Z', 'en')).toBe('09:00');
    expect(formatTime('2025-07-01T21:00:00Z', 'fi')).toBe('0.00');
  });

  it('puts an instant late in the UTC day on the next Helsinki day', () => {
    expect(formatDate('2025-03-07T22:30:00Z', 'fi')).toBe('8.3.2025');
  });

  it('keeps a calendar date on its day', () => {
    expect(formatDate('2025-03-07', 'fi')).toBe('7.3.2025');
    expect(toDate('2025-12-31').toISOString()).toBe('2025-12-31T12:00:00.000Z');
    expect(() => toDate('not a date')).toThrow(RangeError);
  });

  it('formats date and time together', () => {
    expect(formatDateTime(winter, 'fi')).toBe('7.3.2025 klo 14.05');
    expect(formatDateTime(winter, 'sv')).toBe('7.3.2025 14.05');
    expect(formatDateTime(winter, 'en')).toBe('7 Mar 2025, 14:05');
  });

  it('formats ranges writing the shared parts once', () => {
    const end = '2025-03-09T12:00:00Z';
    expect(formatDateRange(winter, end, 'fi')).toBe('7.–9.3.2025');
    expect(formatDateRange(winter, end, 'sv')).toBe('7–9.3.2025');
    expect(formatDateRange(winter, end, 'en')).toBe(`7${thin}–${thin}9 Mar 2025`);
    expect(formatDateRange(winter, '2025-04-09', 'fi')).toBe('7.3.–9.4.2025');
    const later = '2025-03-07T13:00:00Z';
    expect(formatDateRange(winter, later, 'fi', { withTime: true })).toBe('7.3.2025 14.05–15.00');
    expect(formatDateRange(winter, later, 'en', { withTime: true })).toBe('7 Mar 2025, 14:05–15:00');
  });

  it('says today, tomorrow and in n days by Helsinki calendar days', () => {
    const now = '2025-03-07T21:00:00Z'; // 23:00 in Helsinki
    expect(formatRelativeDays('2025-03-07T12:00:00Z', 'fi', now)).toBe('tänään');
    // 22:30 UTC is already the 8th in Helsinki, though only 1.5 hours away.
    expect(formatRelativeDays('2025-03-07T22:30:00Z', 'fi', now)).toBe('huomenna');
    expect(formatRelativeDays('2025-03-08', 'sv', now)).toBe('i morgon');
    expect(formatRelativeDays('2025-03-12', 'fi', now)).toBe('5 päivän päästä');
    expect(formatRelativeDays('2025-03-12', 'en', now)).toBe('in 5 days');
    expect(formatRelativeDays('2025-03-05', 'en', now)).toBe('2 days ago');
    expect(formatRelativeDays('2025-03-06', 'sv', now)).toBe('i går');
  });
});

describe('numbers and money', () => {
  it('formats numbers', () => {
    expect(formatNumber(1234567.5, 'fi')).toBe(`1${nbsp}234${nbsp}567,5`);
    expect(formatNumber(1234567.5, 'sv')).toBe(`1${nbsp}234${nbsp}567,5`);
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(formatNumber(-12.5, 'fi')).toBe('\u221212,5');
    expect(formatNumber(0.25, 'fi', { style: 'percent' })).toBe(`25${nbsp}%`);
  });

  it('formats integer cents as euros', () => {
    expect(formatMoney(123450, 'fi')).toBe(`1${nbsp}234,50${nbsp}€`);
    expect(formatMoney(123450, 'sv')).toBe(`1${nbsp}234,50${nbsp}€`);
    expect(formatMoney(123450, 'en')).toBe('€1,234.50');
    expect(formatMoney(50, 'fi')).toBe(`0,50${nbsp}€`);
    expect(formatMoney(-500, 'en')).toBe('-€5.00');
    expect(() => formatMoney(12.5, 'fi')).toThrow(RangeError);
  });
});
