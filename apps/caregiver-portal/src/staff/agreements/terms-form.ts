import { agreementFeeKinds, careAgreementTypes, type CareAgreementType } from '@luotsi/caregiving-domain';
import type { FieldError } from '@luotsi/validation';

/** GraphQL enum name ↔ the domain's type: INFORMAL_CARE ↔ 'informal-care'. */
export const typeEnum = (type: CareAgreementType) => type.toUpperCase().replace(/-/g, '_') as TypeEnum;
export const typeOfEnum = (value: string): CareAgreementType | undefined => careAgreementTypes.find((t) => typeEnum(t) === value);
export type TypeEnum = 'INFORMAL_CARE' | 'FAMILY_CARE' | 'SUPPORT_PERSON' | 'SUPPORT_FAMILY' | 'EXPERIENCE_EXPERT' | 'SUBSTITUTE_CARE';
export const typeEnums = careAgreementTypes.map(typeEnum);

/** What the coordinator types: money as euro strings, dates as YYYY-MM-DD. */
export interface TermsFormState {
  type: TypeEnum;
  language: 'fi' | 'sv' | 'en';
  templateId: string;
  caredPersonName: string;
  feeClass: string;
  monthlyFee: string;
  perDayFee: string;
  perTaskFee: string;
  daysOffPerMonth: string;
  daysOffAgreed: boolean;
  validFrom: string;
  validTo: string;
  paymentSchedule: 'MONTHLY' | 'PER_VISIT';
}

export const emptyTerms = (validFrom: string): TermsFormState => ({
  type: 'INFORMAL_CARE', language: 'fi', templateId: '', caredPersonName: '', feeClass: '1', monthlyFee: '', perDayFee: '', perTaskFee: '',
  daysOffPerMonth: '2', daysOffAgreed: false, validFrom, validTo: '', paymentSchedule: 'MONTHLY',
});

/** '530', '530,00', '530.5', '1 234,50' → cents; null for anything else. */
export function parseEuros(value: string): number | null {
  const match = /^(\d{1,6})(?:[.,](\d{1,2}))?$/.exec(value.replace(/[\s\u00a0]/g, '').replace(/€$/, ''));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

export const euros = (cents: number | null | undefined) => (cents == null ? '' : `${Math.trunc(cents / 100)},${String(cents % 100).padStart(2, '0')}`);

export interface TermsVariables {
  type: TypeEnum;
  language: 'fi' | 'sv' | 'en';
  templateId: string;
  caredPersonName: string | null;
  feeClass: string | null;
  monthlyFeeCents: number | null;
  perDayFeeCents: number | null;
  perTaskFeeCents: number | null;
  daysOffPerMonth: number;
  daysOffAgreed: boolean;
  validFrom: string;
  validTo: string | null;
  paymentSchedule: 'MONTHLY' | 'PER_VISIT';
}

/**
 * The form's values as the mutation's terms, or the fields the form itself can tell are wrong
 * (required, not an amount). The BFF checks the rest (minimum fees, days off) with the domain's schema.
 */
export function termsVariables(form: TermsFormState): { ok: true; terms: TermsVariables } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const kind = agreementFeeKinds[typeOfEnum(form.type) ?? 'informal-care'];
  const money = (name: 'monthlyFee' | 'perDayFee' | 'perTaskFee', required: boolean) => {
    const raw = form[name].trim();
    if (!raw) {
      if (required) errors.push({ path: [`${name}Cents`], code: 'required' });
      return null;
    }
    const cents = parseEuros(raw);
    if (cents === null) errors.push({ path: [`${name}Cents`], code: 'invalid-format' });
    return cents;
  };
  const monthlyFeeCents = kind === 'monthly' ? money('monthlyFee', true) : null;
  const perDayFeeCents = kind === 'monthly' ? null : money('perDayFee', false);
  const perTaskFeeCents = kind === 'monthly' ? null : money('perTaskFee', false);
  if (!form.templateId) errors.push({ path: ['templateId'], code: 'required' });
  if (!form.validFrom) errors.push({ path: ['validFrom'], code: 'required' });
  const days = Number(form.daysOffPerMonth);
  if (!/^\d{1,2}$/.test(form.daysOffPerMonth.trim())) errors.push({ path: ['daysOffPerMonth'], code: 'invalid-format' });
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    terms: {
      type: form.type, language: form.language, templateId: form.templateId, caredPersonName: form.caredPersonName.trim() || null,
      feeClass: form.type === 'INFORMAL_CARE' ? form.feeClass.trim() || null : null, monthlyFeeCents, perDayFeeCents, perTaskFeeCents,
      daysOffPerMonth: days, daysOffAgreed: form.daysOffAgreed, validFrom: form.validFrom, validTo: form.validTo || null, paymentSchedule: form.paymentSchedule,
    },
  };
}
