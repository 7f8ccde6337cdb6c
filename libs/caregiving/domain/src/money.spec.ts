import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideRounded, formatCentsDecimal, proRata, sumCents } from './money';
import { feePaymentDate, addCalendarMonths } from './months';

describe('divideRounded', () => {
  it.each([
    [10, 4, 3], // 2.5 → 3
    [9, 4, 2], // 2.25 → 2
    [11, 4, 3], // 2.75 → 3
    [-10, 4, -3], // halves away from zero
    [-9, 4, -2],
    [0, 7, 0],
    [53_000 * 15, 30, 26_500],
    [53_000 * 1, 31, 1_710], // 1709.677… → 1710
  ])('%i / %i = %i', (n, d, expected) => {
    expect(divideRounded(n, d)).toBe(expected);
  });

  it('refuses fractions of a cent and non-positive divisors', () => {
    expect(() => divideRounded(1.5, 2)).toThrow(RangeError);
    expect(() => divideRounded(1, 0)).toThrow(RangeError);
  });

  it('is never more than half a cent from the exact quotient', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 1, max: 366 }),
        (n, d) => {
          expect(Math.abs(divideRounded(n, d) - n / d)).toBeLessThanOrEqual(0.5);
        },
      ),
    );
  });
});

describe('proRata', () => {
  it('pays the whole fee for a whole month and nothing for no days', () => {
    expect(proRata(46_199, 31, 31)).toBe(46_199);
    expect(proRata(46_199, 0, 31)).toBe(0);
    expect(proRata(53_000, 14, 28)).toBe(26_500);
  });

  it('refuses more days than the month has', () => {
    expect(() => proRata(53_000, 32, 31)).toThrow(RangeError);
  });
});

describe('formatCentsDecimal', () => {
  it.each([
    [0, '0,00'],
    [5, '0,05'],
    [-5, '-0,05'],
    [53_000, '530,00'],
    [123_456_789, '1234567,89'],
    [-92_399, '-923,99'],
  ])('%i cents → %s', (cents, text) => {
    expect(formatCentsDecimal(cents)).toBe(text);
  });

  it('can write a decimal point for systems that want one', () => {
    expect(formatCentsDecimal(92_402, '.')).toBe('924.02');
  });

  it('sums exactly where floating euros would drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumCents([10, 20])).toBe(30);
    expect(() => sumCents([0.5])).toThrow(RangeError);
  });
});

describe('calendar helpers', () => {
  it('counts "a month later" to the same day, or the month’s last day', () => {
    expect(addCalendarMonths('2026-03-15', 1)).toBe('2026-04-15');
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-12-20', 1)).toBe('2027-01-20');
  });

  it('pays on the 14th of the next month, or the working day before', () => {
    expect(feePaymentDate('2026-10')).toBe('2026-11-13'); // 14 Nov 2026 is a Saturday
    expect(feePaymentDate('2026-11')).toBe('2026-12-14'); // a Monday
    expect(feePaymentDate('2026-12')).toBe('2027-01-14');
  });
});
