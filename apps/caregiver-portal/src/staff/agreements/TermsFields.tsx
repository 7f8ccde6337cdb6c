import { agreementFeeKinds, suggestedMonthlyFeeCents } from '@luotsi/caregiving-domain';
import { formatMoney, useTexts, type Language } from '@luotsi/i18n';
import { fieldErrorAt, type FieldError } from '@luotsi/validation';
import { CheckboxField, DateField, SelectField, Stack, TextField, useFieldErrorMessage } from '@luotsi/ui';
import type { fi } from '../../i18n/fi';
import type { fi as staffFi } from '../i18n/fi';
import { euros, typeEnums, typeOfEnum, type TermsFormState, type TypeEnum } from './terms-form';

export interface TemplateOption {
  id: string;
  type: string;
  name: { text: string };
}

interface Props {
  form: TermsFormState;
  onChange: (form: TermsFormState) => void;
  templates: readonly TemplateOption[];
  /** Errors of the form's own checks and of the BFF, paths relative to the terms. */
  errors: readonly FieldError[];
  language: Language;
  /** An amendment keeps the agreement's type. */
  typeLocked?: boolean;
}

/** The terms of an agreement version: type, template, language, fees, days off, validity, payment. */
export function TermsFields({ form, onChange, templates, errors, language, typeLocked = false }: Props) {
  const { t } = useTexts<typeof fi & typeof staffFi>('caregiverPortal');
  const message = useFieldErrorMessage();
  const error = (path: string) => {
    const found = fieldErrorAt(errors, path);
    if (path === 'monthlyFeeCents' && found?.code === 'out-of-range') return t('draft.belowMinimum');
    if (path.endsWith('FeeCents') && found?.code === 'invalid-format') return t('draft.invalidMoney');
    return message(found);
  };
  const type = typeOfEnum(form.type) ?? 'informal-care';
  const monthly = agreementFeeKinds[type] === 'monthly';
  const suggestion = form.validFrom ? suggestedMonthlyFeeCents(type, form.feeClass || null, form.validFrom) : null;
  const set = <K extends keyof TermsFormState>(key: K, value: TermsFormState[K]) => {
    const next = { ...form, [key]: value };
    // A new type or class brings the fee table's amount, and a template of that type.
    if (key === 'type' || key === 'feeClass' || key === 'validFrom') {
      const nextType = typeOfEnum(next.type) ?? 'informal-care';
      const fee = next.validFrom ? suggestedMonthlyFeeCents(nextType, next.feeClass || null, next.validFrom) : null;
      if (fee !== null) next.monthlyFee = euros(fee);
      if (key === 'type') {
        next.templateId = templates.find((tpl) => tpl.type === next.type)?.id ?? '';
        next.paymentSchedule = agreementFeeKinds[nextType] === 'monthly' ? 'MONTHLY' : 'PER_VISIT';
        next.daysOffPerMonth = agreementFeeKinds[nextType] === 'monthly' ? '2' : '0';
      }
    }
    onChange(next);
  };
  return (
    <Stack gap="m">
      <SelectField
        label={t('draft.type')}
        value={form.type}
        disabled={typeLocked}
        onChange={(e) => set('type', e.target.value as TypeEnum)}
        options={typeEnums.map((value) => ({ value, label: t(`agreementType.${value}`) }))}
        error={error('type')}
      />
      <SelectField
        label={t('draft.template')}
        value={form.templateId}
        onChange={(e) => set('templateId', e.target.value)}
        placeholder={t('draft.choose')}
        options={templates.filter((tpl) => tpl.type === form.type).map((tpl) => ({ value: tpl.id, label: tpl.name.text }))}
        error={error('templateId')}
      />
      <SelectField
        label={t('draft.language')}
        value={form.language}
        onChange={(e) => set('language', e.target.value as TermsFormState['language'])}
        options={(['fi', 'sv', 'en'] as const).map((value) => ({ value, label: t(`draft.languages.${value}`) }))}
      />
      <TextField label={t('draft.caredPerson')} value={form.caredPersonName} onChange={(e) => set('caredPersonName', e.target.value)} error={error('caredPersonName')} optional={!monthly} />
      {form.type === 'INFORMAL_CARE' && (
        <SelectField
          label={t('draft.feeClass')}
          value={form.feeClass}
          onChange={(e) => set('feeClass', e.target.value)}
          options={['1', '2', '3'].map((value) => ({ value, label: value }))}
          error={error('feeClass')}
          width="short"
        />
      )}
      {monthly ? (
        <TextField
          label={t('draft.monthlyFee')}
          hint={suggestion !== null ? t('draft.monthlyFeeHint', { amount: formatMoney(suggestion, language) }) : undefined}
          value={form.monthlyFee}
          onChange={(e) => set('monthlyFee', e.target.value)}
          inputMode="decimal"
          width="short"
          error={error('monthlyFeeCents')}
        />
      ) : (
        <>
          <TextField label={t('draft.perDayFee')} value={form.perDayFee} onChange={(e) => set('perDayFee', e.target.value)} inputMode="decimal" width="short" optional error={error('perDayFeeCents')} />
          <TextField label={t('draft.perTaskFee')} value={form.perTaskFee} onChange={(e) => set('perTaskFee', e.target.value)} inputMode="decimal" width="short" optional error={error('perTaskFeeCents')} />
        </>
      )}
      <TextField label={t('draft.daysOff')} hint={t('draft.daysOffHint')} value={form.daysOffPerMonth} onChange={(e) => set('daysOffPerMonth', e.target.value)} inputMode="numeric" width="short" error={error('daysOffPerMonth')} />
      <CheckboxField label={t('draft.daysOffAgreed')} checked={form.daysOffAgreed} onChange={(e) => set('daysOffAgreed', e.target.checked)} />
      <DateField label={t('draft.validFrom')} value={form.validFrom} onChange={(e) => set('validFrom', e.target.value)} error={error('validFrom')} />
      <DateField label={t('draft.validTo')} hint={t('draft.validToHint')} value={form.validTo} onChange={(e) => set('validTo', e.target.value)} error={error('validTo')} optional />
      <SelectField
        label={t('draft.paymentSchedule')}
        value={form.paymentSchedule}
        onChange={(e) => set('paymentSchedule', e.target.value as TermsFormState['paymentSchedule'])}
        options={(['MONTHLY', 'PER_VISIT'] as const).map((value) => ({ value, label: t(`draft.schedules.${value}`) }))}
      />
    </Stack>
  );
}
