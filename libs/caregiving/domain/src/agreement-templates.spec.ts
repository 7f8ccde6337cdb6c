import { describe, expect, it } from 'vitest';
import { validateInput } from '@luotsi/validation';
import {
  agreementDate, agreementMoney, agreementTemplateSchema, agreementTermsSchema, minimumMonthlyFeeCents, renderAgreementText, suggestedMonthlyFeeCents,
  templateFieldsUsed, templateProblems, unprintableCharacters, type AgreementTerms,
} from './agreement-templates';

const terms: AgreementTerms = {
  type: 'informal-care',
  carerName: 'Olli Omaishoitaja',
  caredPersonName: 'Aune Omaishoitaja',
  unitName: 'Omaishoidon tuki, eteläinen palvelualue',
  serviceAreaName: 'Eteläinen palvelualue',
  feeClass: '2',
  monthlyFeeCents: 78_000,
  perDayFeeCents: null,
  perTaskFeeCents: null,
  daysOffPerMonth: 3,
  daysOffAgreed: false,
  validFrom: '2027-01-01',
  validTo: null,
  paymentSchedule: 'monthly',
};

describe('templates', () => {
  it('accept known fields and report unknown ones and stray braces', () => {
    expect(templateProblems('{{carerName}} hoitaa {{ caredPersonName }}.')).toEqual([]);
    expect(templateProblems('{{carerName}} {{palkkio}} {{palkkio}} {{validFrom}')).toEqual([
      { code: 'unknown-field', field: 'palkkio' },
      { code: 'unbalanced-braces' },
    ]);
    expect(templateFieldsUsed('{{validFrom}} – {{validTo}}, {{validFrom}}')).toEqual(['validFrom', 'validTo']);
  });

  it('fill the fields in the agreement’s language', () => {
    const body = '{{carerName}} hoitaa {{caredPersonName}} ({{agreementType}}). Palkkio {{monthlyFee}} kuukaudessa, vapaita {{daysOffPerMonth}}. Voimassa {{validFrom}} alkaen {{validTo}}.';
    expect(renderAgreementText(body, terms, 'fi')).toEqual({
      text: 'Olli Omaishoitaja hoitaa Aune Omaishoitaja (omaishoidon tuen sopimus). Palkkio 780,00 € kuukaudessa, vapaita 3. Voimassa 1.1.2027 alkaen toistaiseksi.',
      missing: [],
    });
    expect(renderAgreementText('{{monthlyFee}}, {{validTo}}, {{paymentSchedule}}', { ...terms, validTo: '2027-12-31' }, 'sv').text).toBe(
      '780,00 €, 31.12.2027, månatligen, föregående månads arvode den 14 i månaden',
    );
    expect(renderAgreementText('{{monthlyFee}} from {{validFrom}}', terms, 'en').text).toBe('€780.00 from 1 January 2027');
  });

  it('show a field the terms leave empty and name it, so such a version is not sent', () => {
    expect(renderAgreementText('Päiväpalkkio {{perDayFee}}.', terms, 'fi')).toEqual({ text: 'Päiväpalkkio [perDayFee].', missing: ['perDayFee'] });
  });

  it('format money with thousands and negative amounts', () => {
    expect(agreementMoney(123_456_78, 'fi')).toBe('123 456,78 €');
    expect(agreementMoney(-5, 'en')).toBe('-€0.05');
    expect(agreementDate('2026-03-09', 'sv')).toBe('9.3.2026');
  });

  it('validate a template: Finnish and Swedish required, known fields only, printable in the PDF', () => {
    const template = { type: 'informal-care', name: { fi: 'Omaishoitosopimus', sv: 'Närståendevårdsavtal' }, body: { fi: '{{carerName}}', sv: '{{carerName}}' } };
    expect(validateInput(agreementTemplateSchema, template).ok).toBe(true);
    const bad = validateInput(agreementTemplateSchema, { ...template, name: { fi: 'x', sv: ' ' }, body: { fi: '{{nimi}}', sv: 'Avtal ≥ 2 dagar' } });
    expect(bad.ok ? [] : bad.errors.map((e) => [e.path.join('.'), e.code])).toEqual([
      ['name.sv', 'required'],
      ['body.fi', 'invalid'],
      ['body.sv', 'invalid-format'],
    ]);
    expect(unprintableCharacters('Åsa, Öljy, äiti – “lainaus” 5 € ≥ ✓')).toEqual(['≥', '✓']);
  });
});

describe('agreement terms', () => {
  const input = {
    type: 'informal-care', language: 'fi', templateId: '8d3bb5c2-0bd9-4f43-9f5c-2d6f3c0b1a11', caredPersonName: 'Aune', feeClass: '1',
    monthlyFeeCents: 53_000, daysOffPerMonth: 2, daysOffAgreed: false, validFrom: '2026-12-01', validTo: null, paymentSchedule: 'monthly',
  };
  const errors = (value: object) => {
    const result = validateInput(agreementTermsSchema, { ...input, ...value });
    return result.ok ? [] : result.errors.map((e) => [e.path.join('.'), e.code]);
  };

  it('take fees from the fee tables: the class of the year for informal care, the minimum for family care', () => {
    expect(suggestedMonthlyFeeCents('informal-care', '1', '2026-12-01')).toBe(53_000);
    expect(suggestedMonthlyFeeCents('family-care', null, '2026-01-01')).toBe(96_635);
    expect(suggestedMonthlyFeeCents('support-person', null, '2026-01-01')).toBeNull();
    // A year not yet in the tables: at least the last known year's figures (indexation only raises them).
    expect(suggestedMonthlyFeeCents('informal-care', '1', '2027-03-01')).toBe(53_000);
    expect(minimumMonthlyFeeCents('family-care', '2030-01-01')).toBe(96_635);
    expect(minimumMonthlyFeeCents('informal-care', '2019-12-01')).toBeNull();
  });

  it.each([
    [{}, []],
    [{ monthlyFeeCents: 52_999 }, [['monthlyFeeCents', 'out-of-range']]],
    [{ monthlyFeeCents: null, feeClass: null }, [['monthlyFeeCents', 'required'], ['feeClass', 'required']]],
    [{ daysOffPerMonth: 4 }, [['daysOffPerMonth', 'invalid-choice']]],
    [{ daysOffPerMonth: 4, daysOffAgreed: true }, []],
    [{ validTo: '2026-11-30' }, [['validTo', 'out-of-range']]],
    [{ validFrom: '2026-02-30' }, [['validFrom', 'invalid-format']]],
    [{ templateId: 'not-an-id' }, [['templateId', 'invalid-format']]],
    [{ type: 'support-person', monthlyFeeCents: null, daysOffPerMonth: 0 }, [['perDayFeeCents', 'required']]],
    [{ type: 'experience-expert', monthlyFeeCents: null, perTaskFeeCents: 5_000, daysOffPerMonth: 0, paymentSchedule: 'per-visit' }, []],
  ])('%j → %j', (change, expected) => {
    expect(errors(change)).toEqual(expected);
  });
});
