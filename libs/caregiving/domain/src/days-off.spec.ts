import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  careDaysInMonth,
  daysOffEarned,
  daysOffLedger,
  daysOffMonths,
  daysOffPolicyProblems,
  statutoryDaysOffPerMonth,
  type DaysOffPolicy,
} from './days-off';
import { addMonthsToYearMonth } from './months';

const policy = (over: Partial<DaysOffPolicy> = {}): DaysOffPolicy => ({
  perMonth: 2,
  partMonth: { kind: 'pro-rata' },
  carryOver: { kind: 'unlimited' },
  maxBalance: null,
  ...over,
});
const monthsFrom = (first: string, count: number) =>
  Array.from({ length: count }, (_, i) => addMonthsToYearMonth(first, i));

describe('days off earned per month', () => {
  it('is at least 2, or 3 when care binds round the clock', () => {
    expect(statutoryDaysOffPerMonth(false)).toBe(2);
    expect(statutoryDaysOffPerMonth(true)).toBe(3);
    expect(daysOffPolicyProblems(policy({ perMonth: 2 }), true)).toEqual([
      'below-statutory-minimum',
    ]);
    expect(daysOffPolicyProblems(policy({ perMonth: 4 }), true)).toEqual([]);
    expect(daysOffPolicyProblems(policy({ perMonth: 2.5 }), false)).toEqual(['not-whole-days']);
    expect(
      daysOffPolicyProblems(
        policy({ carryOver: { kind: 'months-after-earning', months: 0 } }),
        false,
      ),
    ).toEqual(['invalid-carry-over-rule']);
  });

  it.each([
    // rule, per month, care days, days in month, earned
    [{ kind: 'pro-rata' } as const, 3, 31, 31, 3],
    [{ kind: 'pro-rata' } as const, 3, 15, 30, 1],
    [{ kind: 'pro-rata' } as const, 3, 20, 30, 2],
    [{ kind: 'pro-rata' } as const, 2, 14, 31, 0],
    [{ kind: 'threshold', minCareDays: 15 } as const, 3, 15, 30, 3],
    [{ kind: 'threshold', minCareDays: 15 } as const, 3, 14, 30, 0],
    [{ kind: 'none' } as const, 2, 30, 31, 0],
    [{ kind: 'none' } as const, 2, 28, 28, 2],
  ])(
    '%o at %i a month: %i of %i care days earns %i',
    (partMonth, perMonth, careDays, daysInMonth, earned) => {
      expect(daysOffEarned(policy({ partMonth, perMonth }), careDays, daysInMonth)).toBe(earned);
    },
  );

  it('counts care days without the agreement’s interruptions', () => {
    expect(careDaysInMonth('2026-03', { from: '2026-03-10', to: null }, [])).toBe(22);
    expect(
      careDaysInMonth('2026-03', { from: '2026-01-01', to: null }, [
        { from: '2026-03-05', to: '2026-03-09' },
        { from: '2026-03-08', to: '2026-03-12' },
      ]),
    ).toBe(23);
    expect(careDaysInMonth('2026-03', { from: '2026-04-01', to: null }, [])).toBe(0);
  });
});

describe('days-off ledger', () => {
  it('accrues across months and uses days earned in earlier months, oldest first', () => {
    const months = daysOffMonths(
      monthsFrom('2026-01', 4),
      { from: '2026-01-01', to: null },
      [],
      [
        { date: '2026-01-20', days: 1 }, // nothing earned yet
        { date: '2026-03-02', days: 3 },
      ],
    );
    const { statements, lots } = daysOffLedger(policy({ perMonth: 3 }), months);
    expect(
      statements.map((s) => [s.month, s.opening, s.used, s.rejected.length, s.earned, s.closing]),
    ).toEqual([
      ['2026-01', 0, 0, 1, 3, 3],
      ['2026-02', 3, 0, 0, 3, 6],
      ['2026-03', 6, 3, 0, 3, 6],
      ['2026-04', 6, 0, 0, 3, 9],
    ]);
    // January's three days went first.
    expect(lots.map((l) => [l.earnedFor, l.remaining])).toEqual([
      ['2026-02', 3],
      ['2026-03', 3],
      ['2026-04', 3],
    ]);
  });

  it('earns part of a month pro rata and nothing in a month of interruption', () => {
    const months = daysOffMonths(monthsFrom('2026-03', 3), { from: '2026-03-16', to: null }, [
      { from: '2026-04-01', to: '2026-04-30' },
    ]);
    expect(daysOffLedger(policy({ perMonth: 3 }), months).statements.map((s) => s.earned)).toEqual([
      1, 0, 3,
    ]);
  });

  it('expires days a set number of months after earning them', () => {
    const months = monthsFrom('2026-01', 5).map((month) => ({ month, careDays: 31 }));
    const { statements } = daysOffLedger(
      policy({ carryOver: { kind: 'months-after-earning', months: 3 } }),
      months,
    );
    // January's days are usable until the end of April.
    expect(statements.map((s) => [s.month, s.expired, s.closing])).toEqual([
      ['2026-01', 0, 2],
      ['2026-02', 0, 4],
      ['2026-03', 0, 6],
      ['2026-04', 2, 6],
      ['2026-05', 2, 6],
    ]);
  });

  it('keeps a year’s days until the end of the agreed month of the next year', () => {
    const months = monthsFrom('2026-11', 6).map((month) => ({ month, careDays: 31 }));
    const { statements } = daysOffLedger(
      policy({ carryOver: { kind: 'until-month-of-next-year', month: 3 } }),
      months,
    );
    expect(statements.map((s) => [s.month, s.expired])).toEqual([
      ['2026-11', 0],
      ['2026-12', 0],
      ['2027-01', 0],
      ['2027-02', 0],
      ['2027-03', 4], // November's and December's days end with March 2027
      ['2027-04', 0],
    ]);
  });

  it('does not credit days above the agreed cap', () => {
    const months = monthsFrom('2026-01', 4).map((month) => ({ month, careDays: 31 }));
    const { statements } = daysOffLedger(policy({ perMonth: 3, maxBalance: 7 }), months);
    expect(statements.map((s) => [s.earned, s.forfeited, s.closing])).toEqual([
      [3, 0, 3],
      [3, 0, 6],
      [3, 2, 7],
      [3, 3, 7],
    ]);
  });

  it('rejects a use the balance does not cover, without taking any of it', () => {
    const { statements } = daysOffLedger(
      policy(),
      [{ month: '2026-02', careDays: 28, uses: [{ date: '2026-02-10', days: 3 }] }],
      [{ earnedFor: '2026-01', usableThrough: null, remaining: 2 }],
    );
    expect(statements[0]).toMatchObject({
      opening: 2,
      used: 0,
      rejected: [{ date: '2026-02-10', days: 3 }],
      closing: 4,
    });
  });

  it('refuses months out of order and uses outside their month', () => {
    expect(() =>
      daysOffLedger(policy(), [
        { month: '2026-01', careDays: 31 },
        { month: '2026-03', careDays: 31 },
      ]),
    ).toThrow(RangeError);
    expect(() =>
      daysOffLedger(policy(), [
        { month: '2026-01', careDays: 31, uses: [{ date: '2026-02-01', days: 1 }] },
      ]),
    ).toThrow(RangeError);
  });

  it('balances: opening + credited − used − expired = closing, never below zero (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.constantFrom<DaysOffPolicy['carryOver']>(
          { kind: 'unlimited' },
          { kind: 'months-after-earning', months: 2 },
          { kind: 'until-month-of-next-year', month: 3 },
        ),
        fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
        fc.array(
          fc.record({
            careDays: fc.integer({ min: 0, max: 28 }),
            use: fc.integer({ min: 0, max: 5 }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (perMonth, carryOver, maxBalance, inputs) => {
          const months = inputs.map((m, i) => {
            const month = addMonthsToYearMonth('2025-11', i);
            return {
              month,
              careDays: m.careDays,
              uses: m.use ? [{ date: `${month}-15`, days: m.use }] : [],
            };
          });
          const { statements } = daysOffLedger(policy({ perMonth, carryOver, maxBalance }), months);
          let previous = 0;
          for (const s of statements) {
            expect(s.opening).toBe(previous);
            expect(s.closing).toBe(s.opening + (s.earned - s.forfeited) - s.used - s.expired);
            expect(s.closing).toBeGreaterThanOrEqual(0);
            if (maxBalance !== null)
              expect(s.closing).toBeLessThanOrEqual(Math.max(maxBalance, s.opening));
            previous = s.closing;
          }
        },
      ),
    );
  });
});
