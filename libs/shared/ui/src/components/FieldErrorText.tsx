import { useCallback } from 'react';
import type { TypedT } from '@luotsi/i18n';
import type { FieldError } from '@luotsi/validation';
import { useUiTexts, type UiTexts } from '../i18n';

/**
 * The one place where a field error code (from the BFF's BAD_USER_INPUT or from checking a form
 * with the same schema) becomes a sentence in the reader's language. The texts do not name the
 * field: the message is shown with the field's label.
 */
export function fieldErrorMessage(error: FieldError, t: TypedT<UiTexts>): string {
  const { minimum, maximum } = error;
  switch (error.code) {
    case 'required':
      return t('fieldError.required');
    case 'too-short':
      return minimum === undefined ? t('fieldError.tooShort') : t('fieldError.tooShortLimit', { minimum });
    case 'too-long':
      return maximum === undefined ? t('fieldError.tooLong') : t('fieldError.tooLongLimit', { maximum });
    case 'too-few':
      return minimum === undefined ? t('fieldError.tooFew') : t('fieldError.tooFewLimit', { minimum });
    case 'too-many':
      return maximum === undefined ? t('fieldError.tooMany') : t('fieldError.tooManyLimit', { maximum });
    case 'out-of-range':
      if (minimum !== undefined) return t('fieldError.outOfRangeMinimum', { minimum });
      if (maximum !== undefined) return t('fieldError.outOfRangeMaximum', { maximum });
      return t('fieldError.outOfRange');
    case 'invalid-format':
      return t('fieldError.invalidFormat');
    case 'invalid-choice':
      return t('fieldError.invalidChoice');
    case 'invalid':
      return t('fieldError.invalid');
  }
}

/**
 * For a field's `error` prop: `error={message(fieldErrorAt(errors, ['email']))}`. Undefined
 * when there is no error, so the field stays valid.
 */
export function useFieldErrorMessage(): (error: FieldError | undefined) => string | undefined {
  const { t } = useUiTexts();
  return useCallback((error) => (error ? fieldErrorMessage(error, t) : undefined), [t]);
}

export interface FieldErrorTextProps {
  error: FieldError | undefined;
}

/** The message as text, for places that are not one of the design system's fields. */
export function FieldErrorText({ error }: FieldErrorTextProps) {
  const message = useFieldErrorMessage()(error);
  return message ? <>{message}</> : null;
}
