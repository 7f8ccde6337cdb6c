import { describe, expect, it } from 'vitest';
import { formatMonth, formatMonthRange, lastFullMonths } from './period';

describe('lastFullMonths', () => {
  it('gives the whole months before the current one', () => {
    expect(lastFullMonths(new Date('2026-11-22T10:00:00Z'), 6)).toEqual({ from: '2026-05-01', to: '2026-10-31' });
  });

  it('crosses the turn of the year and follows Helsinki time, not UTC', () => {
    // 22.30 UTC on New Year's Eve is already January in Helsinki.
    expect(lastFullMonths(new Date('2026-12-31T22:30:00Z'), 6)).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(lastFullMonths(new Date('2027-02-10T12:00:00Z'), 3)).toEqual({ from: '2026-11-01', to: '2027-01-31' });
  });
});

describe('month formatting', () => {
  it('names months in each language', () => {
    expect(formatMonth('2026-07-01', 'fi')).toBe('heinäkuu 2026');
    expect(formatMonth('2026-07-01', 'sv')).toBe('juli 2026');
    // ICU puts thin spaces around the dash.
    expect(formatMonthRange({ from: '2026-05-01', to: '2026-10-31' }, 'en')).toMatch(/^May\s–\sOctober 2026$/);
    expect(formatMonthRange({ from: '2025-11-01', to: '2026-04-30' }, 'fi')).toBe('marraskuu 2025–huhtikuu 2026');
  });
});
