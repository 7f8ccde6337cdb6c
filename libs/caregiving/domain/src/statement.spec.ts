import { describe, expect, it } from 'vitest';
import { type Adjustment } from './adjustments';
import { calculateMonthlyFee, feeWarningLabels, type FeeAgreement } from './fees';
import { adjustmentLabel, payTypeInfo } from './pay-types';
import { carerStatement, heavyTransitionalLabel } from './statement';

const anneli: FeeAgreement = {
  id: 'anneli',
  type: 'informal-care',
  status: 'active',
  carerId: 'carer-anneli',
  serviceAreaCode: 'OMA-POH',
  validFrom: '2025-09-01',
  validTo: '2026-12-15',
  feeClass: '1',
  monthlyFeeCents: null,
  heavyTransitionalPhases: [{ from: '2026-12-01', to: '2026-12-05' }],
};
const correction: Adjustment = {
  id: 'adj',
  carerId: 'carer-anneli',
  agreementId: 'anneli',
  serviceAreaCode: 'OMA-POH',
  payType: 'informal-care-fee',
  correctsMonth: '2026-10',
  paidInMonth: '2026-12',
  amountCents: 1_710,
  reason: 'Lokakuun 31. päivä puuttui',
};

describe('carer statement', () => {
  const results = [
    calculateMonthlyFee(anneli, '2026-12'),
    calculateMonthlyFee({ ...anneli, id: 'other', carerId: 'someone-else' }, '2026-12'),
  ];

  it('lists the carer’s own paid days, rates and corrections in Swedish', () => {
    const statement = carerStatement({
      carerId: 'carer-anneli',
      month: '2026-12',
      language: 'sv',
      results,
      adjustments: [correction],
    });
    expect(
      statement.lines.map((l) => [
        l.kind,
        l.label,
        l.days,
        l.monthlyCents,
        l.amountCents,
        l.correctsMonth,
      ]),
    ).toEqual([
      [
        'fee',
        'Vårdarvode för närståendevård (vårdmässigt tungt övergångsskede)',
        5,
        106_000,
        17_097,
        null,
      ], // 1.–5.12.: 106 000 × 5 / 31
      ['fee', 'Vårdarvode för närståendevård', 10, 53_000, 17_097, null], // 6.–15.12.: 53 000 × 10 / 31
      ['adjustment', 'Rättelse: Vårdarvode för närståendevård', null, null, 1_710, '2026-10'],
    ]);
    expect(statement).toMatchObject({
      paymentDate: '2027-01-14',
      totalCents: 35_904,
      taxableCents: 35_904,
      nonTaxableCents: 0,
    });
  });

  it('uses the carer’s language for every label', () => {
    const fi = carerStatement({
      carerId: 'carer-anneli',
      month: '2026-12',
      language: 'fi',
      results,
    });
    expect(fi.lines.map((l) => l.label)).toEqual([
      'Omaishoidon hoitopalkkio (hoidollisesti raskas siirtymävaihe)',
      'Omaishoidon hoitopalkkio',
    ]);
  });

  it('has every label in Finnish, Swedish and English', () => {
    const texts = [
      ...Object.values(payTypeInfo).map((p) => p.label),
      ...Object.values(feeWarningLabels),
      adjustmentLabel,
      heavyTransitionalLabel,
    ];
    for (const text of texts) {
      expect(text.fi.trim()).not.toBe('');
      expect(text.sv.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(new Set([text.fi, text.sv, text.en]).size).toBe(3);
    }
  });
});
