import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from './dates';
import {
  addWorkingDays,
  easterSunday,
  holidayOn,
  isPublicHoliday,
  isWorkingDay,
  nextWorkingDay,
  publicHolidays,
} from './holidays';

const byCode = (year: number) =>
  Object.fromEntries(publicHolidays(year).map((h) => [h.code, h.date]));

describe('Finnish public holidays', () => {
  it('puts Easter on the published dates', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25'); // the latest possible
    expect(easterSunday(2285)).toBe('2285-03-22'); // the earliest possible
  });

  it('lists the holidays of 2026', () => {
    expect(byCode(2026)).toEqual({
      'new-years-day': '2026-01-01',
      epiphany: '2026-01-06',
      'good-friday': '2026-04-03',
      'easter-sunday': '2026-04-05',
      'easter-monday': '2026-04-06',
      'may-day': '2026-05-01',
      'ascension-day': '2026-05-14',
      'whit-sunday': '2026-05-24',
      'midsummer-eve': '2026-06-19',
      'midsummer-day': '2026-06-20',
      'all-saints-day': '2026-10-31',
      'independence-day': '2026-12-06',
      'christmas-eve': '2026-12-24',
      'christmas-day': '2026-12-25',
      'st-stephens-day': '2026-12-26',
    });
  });

  it('moves the Easter-dependent and moving holidays in 2027', () => {
    expect(byCode(2027)).toMatchObject({
      'good-friday': '2027-03-26',
      'easter-monday': '2027-03-29',
      'ascension-day': '2027-05-06',
      'whit-sunday': '2027-05-16',
      'midsummer-eve': '2027-06-25',
      'midsummer-day': '2027-06-26',
      'all-saints-day': '2027-11-06',
    });
  });

  it('names every holiday in Finnish, Swedish and English', () => {
    expect(holidayOn('2026-12-06')?.name).toEqual({
      fi: 'Itsenäisyyspäivä',
      sv: 'Självständighetsdagen',
      en: 'Independence Day',
    });
    for (const h of publicHolidays(2026))
      for (const text of Object.values(h.name)) expect(text.length).toBeGreaterThan(0);
  });

  it('treats Christmas Eve and Midsummer Eve as days off but not as official holidays', () => {
    expect(isPublicHoliday('2026-12-24')).toBe(false);
    expect(isPublicHoliday('2026-06-19')).toBe(false);
    expect(isWorkingDay('2026-12-24')).toBe(false);
    expect(isWorkingDay('2026-06-19')).toBe(false);
    expect(isPublicHoliday('2026-04-03')).toBe(true);
    expect(isWorkingDay('2026-12-31')).toBe(true); // New Year's Eve
    expect(isWorkingDay('2026-04-30')).toBe(true); // May Day Eve
  });

  it('keeps the weekday rules for every year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const h = byCode(year);
        expect(isoWeekday(h['midsummer-eve']!)).toBe(5);
        expect(
          h['midsummer-eve']! >= `${year}-06-19` && h['midsummer-eve']! <= `${year}-06-25`,
        ).toBe(true);
        expect(isoWeekday(h['all-saints-day']!)).toBe(6);
        expect(
          h['all-saints-day']! >= `${year}-10-31` && h['all-saints-day']! <= `${year}-11-06`,
        ).toBe(true);
        expect(isoWeekday(h['easter-sunday']!)).toBe(7);
        expect(isoWeekday(h['ascension-day']!)).toBe(4);
        expect(isoWeekday(h['whit-sunday']!)).toBe(7);
        expect(
          h['easter-sunday']! >= `${year}-03-22` && h['easter-sunday']! <= `${year}-04-25`,
        ).toBe(true);
      }),
    );
  });
});

describe('working days', () => {
  it('skips weekends', () => {
    expect(isWorkingDay('2026-11-20')).toBe(true); // Friday
    expect(isWorkingDay('2026-11-21')).toBe(false);
    expect(isWorkingDay('2026-11-22')).toBe(false);
  });

  it('counts "within 3 working days" over weekends and Easter', () => {
    expect(addWorkingDays('2026-11-19', 3)).toBe('2026-11-24'); // Thu → Tue
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07'); // Maundy Thursday → after Easter Monday
    expect(addWorkingDays('2026-12-23', 3)).toBe('2026-12-30'); // over Christmas
    expect(addWorkingDays('2026-06-18', 1)).toBe('2026-06-22'); // over Midsummer
    expect(addWorkingDays('2026-11-19', 0)).toBe('2026-11-19');
    expect(addWorkingDays('2026-04-07', -1)).toBe('2026-04-02');
  });

  it('finds the next working day', () => {
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-28');
    expect(nextWorkingDay('2026-12-28')).toBe('2026-12-28');
  });

  it('always lands on a working day and counts exactly n of them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 1, max: 40 }),
        (offset, n) => {
          const start = addDays('2025-01-01', offset);
          const result = addWorkingDays(start, n);
          expect(isWorkingDay(result)).toBe(true);
          let counted = 0;
          for (let d = addDays(start, 1); d <= result; d = addDays(d, 1))
            if (isWorkingDay(d)) counted++;
          expect(counted).toBe(n);
          if (isWorkingDay(start)) expect(addWorkingDays(result, -n)).toBe(start);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses fractional counts and invalid dates', () => {
    expect(() => addWorkingDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
  });
});
