import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helsinkiDate, helsinkiToUtc, utcToHelsinki } from './helsinki';

const utc = (date: string, time: string) => helsinkiToUtc(date, time).toISOString();

describe('Helsinki time and UTC', () => {
  it('uses UTC+2 in winter and UTC+3 in summer', () => {
    expect(utc('2026-01-15', '09:00')).toBe('2026-01-15T07:00:00.000Z');
    expect(utc('2026-07-01', '09:00')).toBe('2026-07-01T06:00:00.000Z');
    expect(utcToHelsinki(new Date('2026-07-01T06:00:00Z'))).toEqual({
      date: '2026-07-01',
      time: '09:00',
      offsetMinutes: 180,
    });
    expect(utcToHelsinki(new Date('2026-12-31T22:30:00Z'))).toEqual({
      date: '2027-01-01',
      time: '00:30',
      offsetMinutes: 120,
    });
  });

  describe.each([
    ['2026-03-29', '2026-10-25'],
    ['2027-03-28', '2027-10-31'],
  ])('DST changes on %s and %s', (spring, autumn) => {
    it('goes forward at 03:00 local in spring: before is +2, after is +3', () => {
      expect(utc(spring, '02:59')).toBe(`${spring}T00:59:00.000Z`);
      expect(utc(spring, '04:00')).toBe(`${spring}T01:00:00.000Z`);
      expect(utc(spring, '09:00')).toBe(`${spring}T06:00:00.000Z`);
      expect(utcToHelsinki(new Date(`${spring}T00:59:00Z`)).offsetMinutes).toBe(120);
      expect(utcToHelsinki(new Date(`${spring}T01:00:00Z`))).toEqual({
        date: spring,
        time: '04:00',
        offsetMinutes: 180,
      });
    });

    it('shifts a wall-clock time in the spring gap forward by an hour', () => {
      expect(utc(spring, '03:00')).toBe(`${spring}T01:00:00.000Z`);
      expect(utc(spring, '03:30')).toBe(`${spring}T01:30:00.000Z`);
      expect(utcToHelsinki(helsinkiToUtc(spring, '03:30')).time).toBe('04:30');
    });

    it('takes the first of the repeated autumn hour, in summer time', () => {
      expect(utc(autumn, '03:30')).toBe(`${autumn}T00:30:00.000Z`);
      expect(utcToHelsinki(new Date(`${autumn}T00:30:00Z`))).toEqual({
        date: autumn,
        time: '03:30',
        offsetMinutes: 180,
      });
      expect(utcToHelsinki(new Date(`${autumn}T01:30:00Z`))).toEqual({
        date: autumn,
        time: '03:30',
        offsetMinutes: 120,
      });
      expect(utc(autumn, '04:00')).toBe(`${autumn}T02:00:00.000Z`);
      expect(utc(autumn, '09:00')).toBe(`${autumn}T07:00:00.000Z`);
    });
  });

  it('round-trips every instant to the minute', () => {
    const from = Date.UTC(2025, 0, 1);
    const to = Date.UTC(2029, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: from / 60_000, max: to / 60_000 }), (minute) => {
        const instant = new Date(minute * 60_000);
        const local = utcToHelsinki(instant);
        const back = helsinkiToUtc(local.date, local.time);
        if (back.getTime() !== instant.getTime()) {
          // Only the second pass of the repeated autumn hour: it maps back to the first, in summer time.
          expect(back.getTime()).toBe(instant.getTime() - 3_600_000);
          expect(utcToHelsinki(back)).toEqual({ ...local, offsetMinutes: 180 });
        }
        expect([120, 180]).toContain(local.offsetMinutes);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the local date, which differs from UTC around midnight', () => {
    expect(helsinkiDate(new Date('2026-06-30T21:30:00Z'))).toBe('2026-07-01');
  });

  it('refuses malformed input', () => {
    expect(() => helsinkiToUtc('2026-02-30', '09:00')).toThrow(RangeError);
    expect(() => helsinkiToUtc('2026-02-01', '24:00')).toThrow(RangeError);
    expect(() => helsinkiToUtc('2026-02-01', '9:00')).toThrow(RangeError);
    expect(() => utcToHelsinki(new Date('nonsense'))).toThrow(RangeError);
  });
});
