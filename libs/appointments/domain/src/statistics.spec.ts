import { describe, expect, it } from 'vitest';
import { hoursOf, monthlyTable, monthsBetween, nextMonth, periodBounds, sharePercent, statisticsPeriodSchema } from './statistics';

describe('months', () => {
  it('steps over the turn of the year', () => {
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-11', '2026-10')).toEqual([]);
  });
  it('bounds a period by Helsinki midnights, in winter and summer time', () => {
    expect(periodBounds('2026-03', '2026-03')).toEqual({ from: new Date('2026-02-28T22:00:00Z'), until: new Date('2026-03-31T21:00:00Z') });
    expect(periodBounds('2026-10', '2026-11')).toEqual({ from: new Date('2026-09-30T21:00:00Z'), until: new Date('2026-11-30T22:00:00Z') });
  });
  it('validates the period', () => {
    expect(statisticsPeriodSchema.safeParse({ from: '2026-11', to: '2026-12' }).success).toBe(true);
    expect(statisticsPeriodSchema.safeParse({ from: '2026-13', to: '2026-12' }).success).toBe(false);
    expect(statisticsPeriodSchema.safeParse({ from: '2026-12', to: '2026-11' }).success).toBe(false);
    expect(statisticsPeriodSchema.safeParse({ from: '2020-01', to: '2026-11' }).success).toBe(false);
  });
});

describe('sharePercent', () => {
  it('has one decimal, and no value without bookings', () => {
    expect(sharePercent(1, 3)).toBe(33.3);
    expect(sharePercent(2, 3)).toBe(66.7);
    expect(sharePercent(3, 3)).toBe(100);
    expect(sharePercent(0, 0)).toBeNull();
  });
});

describe('monthlyTable', () => {
  it('gives every key a cell per month, zero where nothing happened, in the agreed order', () => {
    const rows = monthlyTable(
      [
        { key: 'travel', month: '2026-12', count: 1, minutes: 30 },
        { key: 'client-visit', month: '2026-11', count: 2, minutes: 120 },
        { key: 'client-visit', month: '2026-12', count: 1, minutes: 45 },
      ],
      ['2026-11', '2026-12'],
      ['client-visit', 'home-visit', 'travel'],
    );
    expect(rows).toEqual([
      { key: 'client-visit', count: 3, hours: 2.8, months: [{ month: '2026-11', count: 2, hours: 2 }, { month: '2026-12', count: 1, hours: 0.8 }] },
      { key: 'travel', count: 1, hours: 0.5, months: [{ month: '2026-11', count: 0, hours: 0 }, { month: '2026-12', count: 1, hours: 0.5 }] },
    ]);
    expect(hoursOf(90)).toBe(1.5);
  });
});
