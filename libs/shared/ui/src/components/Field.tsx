import { useId, type ReactNode } from 'react';
import { useUiTexts } from '../i18n';
import { cx } from '../internal/cx';
import { VisuallyHidden } from './VisuallyHidden';

/** Props every form field shares. */
export interface FieldProps {
  label: ReactNode;
  /** Help shown under the label, read by screen readers with the field (aria-describedby). */
  hint?: ReactNode;
  /** Error message; marks the field invalid (aria-invalid) and is read with it. */
  error?: ReactNode;
  /** Marks the label "(optional)": clearer for most people than an asterisk on required ones. */
  optional?: boolean;
  /** id of the control; the error summary links to it. Generated when left out. */
  id?: string;
}

export type FieldWidth = 'short' | 'medium' | 'full';

/** Ids and ARIA wiring of a field: hint and error describe the control. */
export function useFieldIds(id: string | undefined, hint: ReactNode, error: ReactNode, describedBy?: string) {
  const generated = useId();
  const controlId = id ?? `lx-field${generated}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const ariaDescribedBy = cx(hintId, errorId, describedBy) || undefined;
  return {
    controlId,
    hintId,
    errorId,
    controlProps: {
      id: controlId,
      'aria-describedby': ariaDescribedBy,
      'aria-invalid': error ? (true as const) : undefined,
    },
  };
}

export function FieldHint({ id, children }: { id: string | undefined; children: ReactNode }) {
  if (!children) return null;
  return (
    <div id={id} className="lx-field__hint">
      {children}
    </div>
  );
}

export function FieldError({ id, children }: { id: string | undefined; children: ReactNode }) {
  const { t } = useUiTexts();
  if (!children) return null;
  return (
    <div id={id} className="lx-field__error">
      {/* Spaces outside the hidden span: accessible-name algorithms drop them at element edges. */}
      <VisuallyHidden>{t('field.error')}</VisuallyHidden> {children}
    </div>
  );
}

export function OptionalMark({ optional }: { optional: boolean | undefined }) {
  const { t } = useUiTexts();
  if (!optional) return null;
  return (
    <>
      {' '}
      <span className="lx-field__optional">{t('field.optional')}</span>
    </>
  );
}

/** Label, hint and error above the control, in that order (the error next to what it is about). */
export function FieldFrame({
  ids,
  label,
  hint,
  error,
  optional,
  className,
  children,
}: {
  ids: ReturnType<typeof useFieldIds>;
  label: ReactNode;
  hint: ReactNode;
  error: ReactNode;
  optional: boolean | undefined;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={cx('lx-field', Boolean(error) && 'lx-field--error', className)}>
      <label className="lx-field__label" htmlFor={ids.controlId}>
        {label}
        <OptionalMark optional={optional} />
      </label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId}>{error}</FieldError>
      {children}
    </div>
  );
}
