import { describe, expect, it } from 'vitest';
import { calculateMonthlyFee, type FeeAgreement } from './fees';
import {
  canReportMonth,
  daysOffAvailable,
  isReportLate,
  normalizeReportContent,
  reportCareDays,
  reportDueDate,
  reportExpenseClaims,
  reportInterruptionsForFees,
  reportProblems,
  type MonthlyReportContent,
  type ReportAgreement,
} from './reports';

const olli: ReportAgreement = {
  id: 'olli',
  type: 'informal-care',
  validFrom: '2023-05-01',
  validTo: null,
  daysOffPerMonth: 2,
};
const pirjo: ReportAgreement = { ...olli, id: 'pirjo', type: 'family-care' };
const empty: MonthlyReportContent = { daysOff: [], interruptions: [], expenses: [] };
const codes = (problems: { path: (string | number)[]; code: string }[]) =>
  problems.map((p) => `${p.path.join('.')}:${p.code}`);

describe('due date and lateness', () => {
  it.each([
    ['2026-11', '2026-12-03'],
    ['2026-12', '2027-01-03'],
    ['2027-01', '2027-02-03'],
  ])('a report of %s is due on %s', (month, due) => {
    expect(reportDueDate(month)).toBe(due);
  });

  it.each([
    // [submitted on, today, late]
    [null, '2026-12-03', false],
    [null, '2026-12-04', true],
    ['2026-12-03', '2026-12-20', false],
    ['2026-12-04', '2026-12-20', true],
    ['2026-11-30', '2027-02-01', false],
  ])('November submitted %s, seen on %s: late %s', (submittedOn, today, late) => {
    expect(isReportLate('2026-11', submittedOn, today)).toBe(late);
  });

  it('allows a report once the month has begun and only for months the agreement covers', () => {
    expect(canReportMonth(olli, '2026-11', '2026-11-23')).toBe(true);
    expect(canReportMonth(olli, '2026-12', '2026-11-23')).toBe(false);
    expect(canReportMonth(olli, '2023-04', '2026-11-23')).toBe(false);
    expect(canReportMonth({ ...olli, validTo: '2026-06-30' }, '2026-07', '2026-11-23')).toBe(false);
  });
});

describe('report problems', () => {
  it('accepts two days off and a three-day hospital stay', () => {
    const content: MonthlyReportContent = {
      daysOff: ['2026-11-07', '2026-11-08'],
      interruptions: [{ kind: 'hospital-stay', from: '2026-11-16', to: '2026-11-18' }],
      expenses: [],
    };
    expect(reportProblems(olli, '2026-11', content, 10)).toEqual([]);
    expect(reportCareDays(olli, '2026-11', content)).toBe(30 - 2 - 3);
  });

  it('refuses dates outside the month and outside the agreement’s validity', () => {
    const agreement = { ...olli, validFrom: '2026-11-10' };
    const content: MonthlyReportContent = {
      daysOff: ['2026-12-01', '2026-11-05', '2026-11-31'],
      interruptions: [{ kind: 'other', from: '2026-10-30', to: '2026-11-04' }],
      expenses: [],
    };
    expect(codes(reportProblems(agreement, '2026-11', content, 10))).toEqual([
      'daysOff.0:outside-month',
      'daysOff.1:outside-agreement',
      'daysOff.2:invalid-date',
      'interruptions.0.from:outside-month',
      'interruptions.0.to:outside-agreement',
    ]);
  });

  it('refuses overlapping interruptions, an end before the start, a day off during an interruption and the same day twice', () => {
    const content: MonthlyReportContent = {
      daysOff: ['2026-11-03', '2026-11-20', '2026-11-20'],
      interruptions: [
        { kind: 'hospital-stay', from: '2026-11-02', to: '2026-11-05' },
        { kind: 'respite-care', from: '2026-11-05', to: '2026-11-06' },
        { kind: 'other', from: '2026-11-25', to: '2026-11-24' },
      ],
      expenses: [],
    };
    expect(codes(reportProblems(olli, '2026-11', content, 10))).toEqual([
      'daysOff.2:duplicate-day',
      'interruptions.2.to:ends-before-start',
      'interruptions.1.from:overlapping-interruption',
      'daysOff.0:day-off-during-interruption',
    ]);
  });

  it('refuses more days off than the balance has', () => {
    const content = { ...empty, daysOff: ['2026-11-02', '2026-11-03', '2026-11-04'] };
    expect(codes(reportProblems(olli, '2026-11', content, 2))).toEqual(['daysOff:days-off-exceed-balance']);
    expect(reportProblems(olli, '2026-11', content, 3)).toEqual([]);
  });

  it('takes expenses only in family care, in positive cents with a description', () => {
    const expenses = [
      { date: '2026-11-10', amountCents: 2_450, description: 'Lääkkeet' },
      { date: '2026-11-11', amountCents: 0, description: ' ' },
      { date: '2026-11-12', amountCents: 12.5, description: 'x'.repeat(201) },
    ];
    expect(codes(reportProblems(pirjo, '2026-11', { ...empty, expenses }, 0))).toEqual([
      'expenses.1.amountCents:amount-invalid',
      'expenses.1.description:description-required',
      'expenses.2.amountCents:amount-invalid',
      'expenses.2.description:description-too-long',
    ]);
    expect(codes(reportProblems(olli, '2026-11', { ...empty, expenses: expenses.slice(0, 1) }, 0))).toEqual([
      'expenses:expenses-not-allowed',
    ]);
  });
});

describe('days off available', () => {
  it('is nothing in the agreement’s first month: its own days are usable from the next month', () => {
    const agreement = { ...olli, validFrom: '2026-11-01' };
    expect(daysOffAvailable(agreement, '2026-11', [])).toBe(0);
    expect(daysOffAvailable(agreement, '2026-12', [])).toBe(2);
  });

  it('carries unused days over and takes the days used in earlier reports', () => {
    const agreement = { ...olli, validFrom: '2026-08-01' };
    // August, September and October earn 2 each; September used 1, October used 2.
    const earlier = [
      { month: '2026-09', daysOff: ['2026-09-10'], interruptions: [] },
      { month: '2026-10', daysOff: ['2026-10-01', '2026-10-02'], interruptions: [] },
    ];
    expect(daysOffAvailable(agreement, '2026-11', earlier)).toBe(6 - 3);
  });

  it('earns fewer days in a month that was mostly interrupted (pro rata)', () => {
    const agreement = { ...olli, validFrom: '2026-10-01' };
    const earlier = [{ month: '2026-10', daysOff: [], interruptions: [{ from: '2026-10-01', to: '2026-10-20' }] }];
    // 11 care days of 31 at 2 a month: floor(22/31) = 0.
    expect(daysOffAvailable(agreement, '2026-11', earlier)).toBe(0);
  });

  it('lets days earned in a year expire after the next year’s March', () => {
    const agreement = { ...olli, validFrom: '2025-01-01', validTo: null };
    // 2025's 24 days are gone by April 2026; January–March 2026 earned 6.
    expect(daysOffAvailable(agreement, '2026-04', [])).toBe(6);
    expect(daysOffAvailable(agreement, '2026-03', [])).toBe(24 + 4);
  });
});

describe('from report to fee', () => {
  it('pays a hospital stay (the cared person’s health) in full within the grace month, and stops the fee at once for respite care', () => {
    const fee: FeeAgreement = {
      id: 'olli',
      type: 'informal-care',
      status: 'active',
      carerId: 'carer-olli',
      serviceAreaCode: 'POHJOINEN',
      validFrom: '2023-05-01',
      validTo: null,
      feeClass: '1',
      monthlyFeeCents: null,
    };
    const hospital = reportInterruptionsForFees('olli', [{ kind: 'hospital-stay', from: '2026-11-16', to: '2026-11-18' }]);
    const full = calculateMonthlyFee(fee, '2026-11').lines[0]!.amountCents;
    expect(calculateMonthlyFee(fee, '2026-11', { interruptions: hospital }).lines[0]!.amountCents).toBe(full);
    const respite = reportInterruptionsForFees('olli', [{ kind: 'respite-care', from: '2026-11-16', to: '2026-11-18' }]);
    const result = calculateMonthlyFee(fee, '2026-11', { interruptions: respite });
    expect(result.paidDays).toBe(27);
    expect(result.lines[0]!.amountCents).toBeLessThan(full);
  });

  it('turns expense items into claims of the run and orders content the same however it was entered', () => {
    const claims = reportExpenseClaims(
      { id: 'r1', carerId: 'carer-pirjo', agreementId: 'pirjo', serviceAreaCode: 'ETELA' },
      [{ date: '2026-11-10', amountCents: 2_450, description: 'Lääkkeet' }],
    );
    expect(claims).toEqual([
      { id: 'r1:0', carerId: 'carer-pirjo', agreementId: 'pirjo', serviceAreaCode: 'ETELA', payType: 'expense-claim', date: '2026-11-10', amountCents: 2_450, description: 'Lääkkeet' },
    ]);
    const a = normalizeReportContent({ daysOff: ['2026-11-08', '2026-11-07', '2026-11-08'], interruptions: [], expenses: [] });
    expect(a.daysOff).toEqual(['2026-11-07', '2026-11-08']);
  });
});
