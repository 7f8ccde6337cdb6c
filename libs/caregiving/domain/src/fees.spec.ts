import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { informalCareMinimumFees } from './fee-tables';
import { calculateMonthlyFee, type FeeAgreement, type MonthlyFeeResult } from './fees';
import { type Interruption } from './interruptions';
import { daysInYearMonth, makeYearMonth } from './months';

const informal = (over: Partial<FeeAgreement> = {}): FeeAgreement => ({
  id: 'olli',
  type: 'informal-care',
  status: 'active',
  carerId: 'carer-olli',
  serviceAreaCode: 'OMA-POH',
  validFrom: '2023-05-01',
  validTo: null,
  feeClass: null,
  monthlyFeeCents: null,
  ...over,
});

const family = (over: Partial<FeeAgreement> = {}): FeeAgreement => ({
  id: 'pirjo-niko',
  type: 'family-care',
  status: 'active',
  carerId: 'carer-pirjo',
  serviceAreaCode: 'OMA-ETE',
  validFrom: '2022-08-15',
  validTo: null,
  feeClass: null,
  monthlyFeeCents: 96_635,
  ...over,
});

const total = (r: MonthlyFeeResult, payType?: string) =>
  r.lines.filter((l) => !payType || l.payType === payType).reduce((s, l) => s + l.amountCents, 0);
const codes = (r: MonthlyFeeResult) => r.warnings.map((w) => w.code);
const knownYears = Object.keys(informalCareMinimumFees).map(Number);

describe('informal care fee of a whole month', () => {
  it.each([
    ['1', 53_000],
    ['2', 80_000],
    ['3', 106_000],
  ])('pays fee class %s of 2026 in full: %i cents', (feeClass, cents) => {
    const result = calculateMonthlyFee(informal({ feeClass }), '2026-11');
    expect(total(result)).toBe(cents);
    expect(result.paidDays).toBe(30);
    expect(result.warnings).toEqual([]);
  });

  it('pays a heavy fee class at the heavy rate every day', () => {
    const [line] = calculateMonthlyFee(informal({ feeClass: '3' }), '2026-11').lines;
    expect(line).toMatchObject({ heavyTransitional: true, days: 30, monthlyCents: 106_000 });
  });

  it('follows the year: class 1 is the minimum of the month’s own year', () => {
    expect(total(calculateMonthlyFee(informal({ feeClass: '1' }), '2025-12'))).toBe(
      informalCareMinimumFees[2025]!.minimum.cents,
    );
    expect(total(calculateMonthlyFee(informal({ feeClass: '1' }), '2026-01'))).toBe(53_000);
  });

  it('says when the year’s minimum is only an estimate', () => {
    expect(codes(calculateMonthlyFee(informal({ feeClass: '1' }), '2025-06'))).toContain(
      'minimum-unverified',
    );
  });

  it('raises an agreed fee below the minimum to the minimum, and says so', () => {
    const result = calculateMonthlyFee(informal({ monthlyFeeCents: 45_000 }), '2026-03');
    expect(total(result)).toBe(53_000);
    expect(codes(result)).toEqual(['raised-to-minimum']);
  });

  it('keeps a lower fee agreed for a recorded special reason', () => {
    const result = calculateMonthlyFee(
      informal({
        monthlyFeeCents: 45_000,
        belowMinimumReason: 'Hoito sitoo vähän; hoitajan oma toive',
      }),
      '2026-03',
    );
    expect(total(result)).toBe(45_000);
    expect(codes(result)).toEqual(['below-minimum-by-agreement']);
  });

  it('falls back to the agreed fee when the class is not in the year’s table', () => {
    const result = calculateMonthlyFee(
      informal({ feeClass: '2', monthlyFeeCents: 70_000 }),
      '2024-05',
    );
    expect(total(result)).toBe(70_000);
    expect(codes(result)).toEqual(['fee-class-missing']);
  });

  it('pays nothing and says why when no rate can be found', () => {
    const result = calculateMonthlyFee(informal({ feeClass: '7' }), '2026-05');
    expect(result.lines).toEqual([]);
    expect(codes(result)).toEqual(['fee-class-missing', 'no-fee-rate']);
  });

  it('pays an agreed fee but says the minimum was not checked for a year without a table', () => {
    const result = calculateMonthlyFee(
      informal({ monthlyFeeCents: 40_000, validFrom: '2019-01-01' }),
      '2019-05',
    );
    expect(total(result)).toBe(40_000);
    expect(codes(result)).toEqual(['minimum-unknown']);
  });

  it('never pays a whole month below the year’s legal minimum (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...knownYears),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 300_000 }),
        (year, month, agreed) => {
          const result = calculateMonthlyFee(
            informal({ monthlyFeeCents: agreed, validFrom: '2019-01-01' }),
            makeYearMonth(year, month),
          );
          expect(total(result)).toBeGreaterThanOrEqual(
            informalCareMinimumFees[year]!.minimum.cents,
          );
          expect(total(result)).toBe(
            Math.max(agreed, informalCareMinimumFees[year]!.minimum.cents),
          );
        },
      ),
    );
  });
});

describe('heavy transitional phase', () => {
  it('pays the phase’s days at least at the heavy minimum and the rest at the ordinary rate', () => {
    const result = calculateMonthlyFee(
      informal({
        feeClass: '1',
        heavyTransitionalPhases: [{ from: '2026-03-10', to: '2026-03-20' }],
      }),
      '2026-03',
    );
    expect(
      result.lines.map((l) => [l.heavyTransitional, l.days, l.monthlyCents, l.amountCents]),
    ).toEqual([
      [false, 20, 53_000, 34_194], // 53 000 × 20 / 31 = 34 193.5 → 34 194
      [true, 11, 106_000, 37_613], // 106 000 × 11 / 31 = 37 612.9 → 37 613
    ]);
    expect(result.lines[1]!.periods).toEqual([{ from: '2026-03-10', to: '2026-03-20' }]);
  });

  it('keeps a higher agreed fee during the phase', () => {
    const result = calculateMonthlyFee(
      informal({
        monthlyFeeCents: 150_000,
        heavyTransitionalPhases: [{ from: '2026-01-01', to: '2026-12-31' }],
      }),
      '2026-04',
    );
    expect(result.lines).toMatchObject([
      { heavyTransitional: true, monthlyCents: 150_000, amountCents: 150_000 },
    ]);
  });

  it('pays a whole heavy month at no less than twice the minimum (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...knownYears),
        fc.integer({ min: 0, max: 300_000 }),
        (year, agreed) => {
          const month = makeYearMonth(year, 6);
          const result = calculateMonthlyFee(
            informal({
              monthlyFeeCents: agreed,
              validFrom: '2019-01-01',
              heavyTransitionalPhases: [{ from: `${year}-01-01`, to: `${year}-12-31` }],
            }),
            month,
          );
          expect(total(result)).toBeGreaterThanOrEqual(
            2 * informalCareMinimumFees[year]!.minimum.cents,
          );
        },
      ),
    );
  });
});

describe('part months', () => {
  it('pays pro rata from a start date in the middle of the month', () => {
    const result = calculateMonthlyFee(
      informal({ feeClass: '2', validFrom: '2026-03-16' }),
      '2026-03',
    );
    expect(result).toMatchObject({ validDays: 16, paidDays: 16 });
    expect(total(result)).toBe(41_290); // 80 000 × 16 / 31 = 41 290.3
  });

  it('pays pro rata up to an end date', () => {
    expect(
      total(calculateMonthlyFee(informal({ feeClass: '2', validTo: '2026-02-14' }), '2026-02')),
    ).toBe(40_000);
    expect(
      total(calculateMonthlyFee(informal({ feeClass: '2', validTo: '2026-02-14' }), '2026-03')),
    ).toBe(0);
  });

  it('pays nothing before the agreement starts', () => {
    expect(
      calculateMonthlyFee(informal({ feeClass: '1', validFrom: '2027-01-01' }), '2026-12').lines,
    ).toEqual([]);
  });

  it('adds up a month split between agreements to the whole month’s fee within rounding (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2020, max: 2026 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 400_000 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 27 }), { minLength: 1, maxLength: 6 }),
        (year, m, fee, cutDays) => {
          const month = makeYearMonth(year, m);
          const last = daysInYearMonth(month);
          const cuts = [...cutDays].sort((a, b) => a - b);
          const ends = [...cuts, last];
          const day = (d: number) => `${month}-${String(d).padStart(2, '0')}`;
          const base = {
            monthlyFeeCents: fee,
            belowMinimumReason: 'test',
            validFrom: '2019-01-01',
          };
          const parts = ends.map((end, i) =>
            calculateMonthlyFee(
              informal({
                ...base,
                id: `part-${i}`,
                validFrom: day(i === 0 ? 1 : ends[i - 1]! + 1),
                validTo: day(end),
              }),
              month,
            ),
          );
          const whole = total(calculateMonthlyFee(informal(base), month));
          const sum = parts.reduce((s, r) => s + total(r), 0);
          expect(parts.reduce((s, r) => s + r.paidDays, 0)).toBe(last);
          expect(Math.abs(sum - whole)).toBeLessThanOrEqual(Math.floor(parts.length / 2));
        },
      ),
    );
  });
});

describe('interruptions', () => {
  const health = (from: string, to: string | null): Interruption => ({
    agreementId: 'olli',
    reason: 'cared-person-health',
    from,
    to,
  });

  it('keeps paying for a month when the cared person’s health interrupts care, then stops', () => {
    const interruptions = [health('2026-03-10', null)];
    const months = ['2026-03', '2026-04', '2026-05'].map((m) =>
      calculateMonthlyFee(informal({ feeClass: '1' }), m, { interruptions }),
    );
    expect(months.map((r) => r.paidDays)).toEqual([31, 9, 0]); // paid through 9 April
    expect(months.map((r) => total(r))).toEqual([53_000, 15_900, 0]);
    expect(months[1]!.interruptedDays).toBe(30);
  });

  it('stops at once for other reasons', () => {
    const interruptions: Interruption[] = [
      { agreementId: 'olli', reason: 'carer-request', from: '2026-03-10', to: '2026-03-19' },
    ];
    const result = calculateMonthlyFee(informal({ feeClass: '1' }), '2026-03', { interruptions });
    expect(result.paidDays).toBe(21);
    expect(result.lines[0]!.periods).toEqual([
      { from: '2026-03-01', to: '2026-03-09' },
      { from: '2026-03-20', to: '2026-03-31' },
    ]);
    expect(total(result)).toBe(35_903); // 53 000 × 21 / 31 = 35 903.2
  });

  it('pays again from the day care resumes', () => {
    const result = calculateMonthlyFee(informal({ feeClass: '1' }), '2026-05', {
      interruptions: [health('2026-03-10', '2026-05-20')],
    });
    expect(result.paidDays).toBe(11);
  });

  it('uses the agreement’s own grace period when it has one', () => {
    const interruptionPolicy = {
      graceByReason: {
        'cared-person-health': { unit: 'days', count: 14 },
        'carer-health': { unit: 'days', count: 7 },
        'carer-request': { unit: 'days', count: 0 },
        other: { unit: 'days', count: 0 },
      },
    } as const;
    const interruptions: Interruption[] = [health('2026-03-01', '2026-03-31')];
    expect(
      calculateMonthlyFee(informal({ feeClass: '1', interruptionPolicy }), '2026-03', {
        interruptions,
      }).paidDays,
    ).toBe(14);
    const carerIll: Interruption[] = [
      { agreementId: 'olli', reason: 'carer-health', from: '2026-03-01', to: '2026-03-31' },
    ];
    expect(
      calculateMonthlyFee(informal({ feeClass: '1', interruptionPolicy }), '2026-03', {
        interruptions: carerIll,
      }).paidDays,
    ).toBe(7);
  });

  it('leaves a day unpaid when any overlapping interruption stops the fee on it', () => {
    const interruptions: Interruption[] = [
      health('2026-03-01', null),
      { agreementId: 'olli', reason: 'other', from: '2026-03-05', to: '2026-03-06' },
    ];
    expect(
      calculateMonthlyFee(informal({ feeClass: '1' }), '2026-03', { interruptions }).paidDays,
    ).toBe(29);
  });

  it('ignores interruptions of other agreements', () => {
    const interruptions: Interruption[] = [
      { agreementId: 'someone-else', reason: 'other', from: '2026-03-01', to: null },
    ];
    expect(
      calculateMonthlyFee(informal({ feeClass: '1' }), '2026-03', { interruptions }).paidDays,
    ).toBe(31);
  });
});

describe('which agreements are paid', () => {
  it.each(['draft', 'sent'] as const)('pays nothing for a %s agreement', (status) => {
    const result = calculateMonthlyFee(informal({ feeClass: '1', status }), '2026-03');
    expect(result.lines).toEqual([]);
    expect(codes(result)).toEqual(['not-payable-status']);
  });

  it('pays an ended agreement for its valid days', () => {
    expect(
      calculateMonthlyFee(family({ status: 'ended', validTo: '2026-06-30' }), '2026-06').paidDays,
    ).toBe(30);
  });

  it.each(['support-person', 'experience-expert', 'substitute-care'] as const)(
    'leaves %s agreements to their own pay rules',
    (type) => {
      expect(
        codes(calculateMonthlyFee(informal({ type, monthlyFeeCents: 10_000 }), '2026-03')),
      ).toEqual(['not-fee-based']);
    },
  );
});

describe('family care', () => {
  it('pays the fee per cared person, never below the minimum', () => {
    const result = calculateMonthlyFee(family({ monthlyFeeCents: 90_000 }), '2026-03');
    expect(result.lines).toMatchObject([{ payType: 'family-care-fee', amountCents: 96_635 }]);
    expect(codes(result)).toEqual(['raised-to-minimum']);
  });

  it('pays the expense reimbursement for the same paid days as the fee', () => {
    const result = calculateMonthlyFee(
      family({ validFrom: '2026-03-16', monthlyExpenseCents: 60_000 }),
      '2026-03',
    );
    expect(result.lines.map((l) => [l.payType, l.days, l.amountCents])).toEqual([
      ['family-care-fee', 16, 49_876], // 96 635 × 16 / 31 = 49 876.1
      ['family-care-expense', 16, 30_968], // 60 000 × 16 / 31 = 30 967.7
    ]);
    expect(codes(result)).toEqual(['expense-minimum-unknown']);
  });

  it('raises an expense reimbursement below the year’s known minimum', () => {
    const result = calculateMonthlyFee(
      family({ monthlyFeeCents: 120_000, monthlyExpenseCents: 40_000 }),
      '2022-10',
    );
    expect(total(result, 'family-care-expense')).toBe(43_744);
    expect(codes(result)).toEqual(['minimum-unknown', 'expense-raised-to-minimum']);
  });
});
