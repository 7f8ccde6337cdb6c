import { describe, expect, it } from 'vitest';
import { adjustmentProblems, proposeAdjustments, type Adjustment } from './adjustments';
import { calculateMonthlyFee, type FeeAgreement } from './fees';
import { runMonth } from './monthly-run';
import {
  buildPayrollExport,
  csvText,
  payrollCsv,
  payrollCsvColumns,
  type Payee,
} from './payroll-export';
import { expenseClaimProblems, type ExpenseClaim } from './reimbursements';

const agreement = (over: Partial<FeeAgreement>): FeeAgreement => ({
  id: 'x',
  type: 'informal-care',
  status: 'active',
  carerId: 'c',
  serviceAreaCode: 'OMA-ETE',
  validFrom: '2025-01-01',
  validTo: null,
  feeClass: null,
  monthlyFeeCents: null,
  ...over,
});

const agreements: FeeAgreement[] = [
  agreement({
    id: 'pirjo-niko',
    type: 'family-care',
    carerId: 'pirjo',
    monthlyFeeCents: 96_635,
    monthlyExpenseCents: 60_000,
  }),
  agreement({
    id: 'pirjo-sanni',
    type: 'family-care',
    carerId: 'pirjo',
    monthlyFeeCents: 96_635,
    monthlyExpenseCents: 60_000,
    validFrom: '2026-11-16',
  }),
  agreement({ id: 'paivi', carerId: 'paivi', feeClass: '1' }),
  agreement({ id: 'juha', carerId: 'juha', feeClass: '2', status: 'sent' }),
  agreement({ id: 'matti', carerId: 'matti', feeClass: '2', serviceAreaCode: 'OMA-ESP' }),
];

const payees: Payee[] = [
  { carerId: 'pirjo', payrollRef: '100234', name: 'Järvi Pirjo' },
  { carerId: 'paivi', payrollRef: '100871', name: 'Koskinen Päivi' },
  { carerId: 'juha', payrollRef: '100999', name: 'Laine Juha' },
];

const claim: ExpenseClaim = {
  id: 'claim-1',
  carerId: 'paivi',
  agreementId: 'paivi',
  serviceAreaCode: 'OMA-ETE',
  payType: 'expense-claim',
  date: '2026-11-05',
  amountCents: 2_450,
  description: 'Matkat lääkäriin',
};
const correction: Adjustment = {
  id: 'adj-1',
  carerId: 'paivi',
  agreementId: 'paivi',
  serviceAreaCode: 'OMA-ETE',
  payType: 'informal-care-fee',
  correctsMonth: '2026-09',
  paidInMonth: '2026-11',
  amountCents: -5_129,
  reason: 'Keskeytys 27.–29.9. kirjattiin myöhässä',
};

describe('monthly run and payroll rows', () => {
  const run = runMonth({
    month: '2026-11',
    serviceAreaCode: 'OMA-ETE',
    agreements,
    claims: [claim],
    adjustments: [correction],
    payees,
  });

  it('calculates every agreement of the service area and no other', () => {
    expect(run.results.map((r) => r.agreementId)).toEqual([
      'pirjo-niko',
      'pirjo-sanni',
      'paivi',
      'juha',
    ]);
  });

  it('makes one row per payee, pay type and earning month, sorted by name', () => {
    expect(
      run.export.rows.map((r) => [
        r.record,
        r.payeeName,
        r.payType,
        r.earningMonth,
        r.amountCents,
        r.sourceCount,
      ]),
    ).toEqual([
      ['pay', 'Järvi Pirjo', 'family-care-fee', '2026-11', 96_635 + 48_318, 2], // Sanni from the 16th: 96 635 × 15 / 30
      ['pay', 'Järvi Pirjo', 'family-care-expense', '2026-11', 60_000 + 30_000, 2],
      ['pay', 'Koskinen Päivi', 'informal-care-fee', '2026-11', 53_000, 1],
      ['adjustment', 'Koskinen Päivi', 'informal-care-fee', '2026-09', -5_129, 1],
      ['pay', 'Koskinen Päivi', 'expense-claim', '2026-11', 2_450, 1],
    ]);
    expect(run.export.paymentDate).toBe('2026-12-14');
    expect(run.export.problems).toEqual([]);
  });

  it('totals per pay type and in all', () => {
    expect(run.export.totals).toMatchObject({
      rows: 5,
      payees: 2,
      amountCents: 144_953 + 90_000 + 53_000 - 5_129 + 2_450,
      taxableCents: 144_953 + 53_000 - 5_129,
      nonTaxableCents: 90_000 + 2_450,
      negativePayeeRefs: [],
    });
    expect(run.export.totals.byPayType.map((t) => [t.payType, t.rows, t.amountCents])).toEqual([
      ['informal-care-fee', 2, 47_871],
      ['family-care-fee', 1, 144_953],
      ['family-care-expense', 1, 90_000],
      ['expense-claim', 1, 2_450],
    ]);
  });

  it('leaves out and reports what does not belong to the run', () => {
    const exported = buildPayrollExport({
      month: '2026-11',
      serviceAreaCode: 'OMA-ETE',
      results: [
        calculateMonthlyFee(agreements[4]!, '2026-11'),
        calculateMonthlyFee(
          agreement({ id: 'nobody', carerId: 'ghost', feeClass: '1' }),
          '2026-11',
        ),
        calculateMonthlyFee(agreements[2]!, '2026-10'),
      ],
      adjustments: [{ ...correction, paidInMonth: '2026-12' }],
      payees,
    });
    expect(exported.rows).toEqual([]);
    expect(exported.problems).toEqual([
      { code: 'other-month', sourceId: 'paivi' },
      { code: 'other-month', sourceId: 'adj-1' },
      { code: 'other-service-area', sourceId: 'matti' },
      { code: 'unknown-payee', carerId: 'ghost' },
    ]);
  });

  it('flags a payee whose corrections exceed the month’s pay', () => {
    const exported = buildPayrollExport({
      month: '2026-11',
      serviceAreaCode: 'OMA-ETE',
      results: [],
      adjustments: [correction],
      payees,
    });
    expect(exported.totals.negativePayeeRefs).toEqual(['100871']);
  });

  it('uses the county’s wage types when given', () => {
    const exported = buildPayrollExport({
      month: '2026-11',
      serviceAreaCode: 'OMA-ETE',
      results: run.results,
      payees,
      wageTypes: { 'informal-care-fee': '4120' },
    });
    expect(exported.rows.find((r) => r.payType === 'informal-care-fee')?.wageType).toBe('4120');
    expect(exported.rows.find((r) => r.payType === 'family-care-fee')?.wageType).toBe(
      'family-care-fee',
    );
  });
});

describe('payroll CSV', () => {
  const run = runMonth({
    month: '2026-11',
    serviceAreaCode: 'OMA-ETE',
    agreements,
    claims: [claim],
    adjustments: [correction],
    payees,
  });
  const csv = payrollCsv(run.export);
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');

  it('starts with a byte order mark and the documented header, and ends each line with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(payrollCsvColumns.join(';'));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes amounts with a decimal comma and the corrected month on adjustment rows', () => {
    expect(lines[1]).toBe(
      'pay;2026-11;OMA-ETE;2026-12-14;100234;Järvi Pirjo;family-care-fee;family-care-fee;1;2026-11;1449,53;2',
    );
    expect(lines[4]).toBe(
      'adjustment;2026-11;OMA-ETE;2026-12-14;100871;Koskinen Päivi;informal-care-fee;informal-care-fee;1;2026-09;-51,29;1',
    );
  });

  it('ends with a total row per pay type and a grand total', () => {
    expect(lines.slice(6, -1)).toEqual([
      'total;2026-11;OMA-ETE;2026-12-14;;;informal-care-fee;informal-care-fee;1;;478,71;2',
      'total;2026-11;OMA-ETE;2026-12-14;;;family-care-fee;family-care-fee;1;;1449,53;1',
      'total;2026-11;OMA-ETE;2026-12-14;;;family-care-expense;family-care-expense;0;;900,00;1',
      'total;2026-11;OMA-ETE;2026-12-14;;;expense-claim;expense-claim;0;;24,50;1',
      'total;2026-11;OMA-ETE;2026-12-14;;;;;;;2852,74;5',
    ]);
    expect(lines.at(-1)).toBe('');
  });

  it('can leave out the totals and the byte order mark', () => {
    const plain = payrollCsv(run.export, { totals: false, bom: false });
    expect(plain.startsWith('record;')).toBe(true);
    expect(plain).not.toContain('total;');
  });

  it.each([
    ['Virtanen Matti', 'Virtanen Matti'],
    ['Salo; Toni', '"Salo; Toni"'],
    ['Nimi "Nikke" Niemi', '"Nimi ""Nikke"" Niemi"'],
    ['Rivi\nrivi', '"Rivi\nrivi"'],
    [' Aalto', '" Aalto"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+358401234567', "'+358401234567"],
    ['-korjaus', "'-korjaus"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Åström Märta', 'Åström Märta'],
  ])('escapes %j as %s', (value, cell) => {
    expect(csvText(value)).toBe(cell);
  });

  it('keeps an escaped name in one cell of its row', () => {
    const exported = buildPayrollExport({
      month: '2026-11',
      serviceAreaCode: 'OMA-ETE',
      results: run.results,
      payees: payees.map((p) => ({ ...p, name: `${p.name}; "x"` })),
    });
    const row = payrollCsv(exported, { bom: false, totals: false }).split('\r\n')[1]!;
    expect(row).toContain(';"Järvi Pirjo; ""x""";');
  });
});

describe('adjustments', () => {
  it('proposes the difference per pay type between what was paid and what should have been', () => {
    const paid = calculateMonthlyFee(agreements[2]!, '2026-09');
    const corrected = calculateMonthlyFee(agreements[2]!, '2026-09', {
      interruptions: [
        { agreementId: 'paivi', reason: 'carer-request', from: '2026-09-27', to: '2026-09-29' },
      ],
    });
    const drafts = proposeAdjustments(paid, corrected, '2026-11', 'Keskeytys kirjattiin myöhässä');
    expect(drafts).toEqual([
      {
        carerId: 'paivi',
        agreementId: 'paivi',
        serviceAreaCode: 'OMA-ETE',
        payType: 'informal-care-fee',
        correctsMonth: '2026-09',
        paidInMonth: '2026-11',
        amountCents: -5_300,
        reason: 'Keskeytys kirjattiin myöhässä',
      },
    ]);
    expect(proposeAdjustments(paid, paid, '2026-11', 'ei muutosta')).toEqual([]);
  });

  it('only corrects earlier, locked months with a reason and a non-zero amount', () => {
    expect(adjustmentProblems(correction, '2026-10')).toEqual([]);
    expect(adjustmentProblems({ ...correction, amountCents: 0, reason: ' ' }, '2026-10')).toEqual([
      'zero-amount',
      'reason-required',
    ]);
    expect(adjustmentProblems({ ...correction, amountCents: 10.5 })).toEqual(['not-cents']);
    expect(adjustmentProblems({ ...correction, correctsMonth: '2026-11' })).toEqual([
      'not-an-earlier-month',
    ]);
    expect(adjustmentProblems({ ...correction, correctsMonth: '2026-10' }, '2026-09')).toEqual([
      'month-not-locked',
    ]);
  });

  it('checks expense claims', () => {
    expect(expenseClaimProblems(claim)).toEqual([]);
    expect(
      expenseClaimProblems({ ...claim, amountCents: -1, description: '', date: '2026-02-30' }),
    ).toEqual(['not-positive', 'description-required', 'invalid-date']);
  });
});
