import { type ComponentPropsWithRef } from 'react';
import { cx } from '../internal/cx';
import { FieldError, FieldHint, useFieldIds, type FieldProps } from './Field';

export interface CheckboxFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id' | 'type'>, Omit<FieldProps, 'optional'> {}

/** One checkbox with its label beside it, e.g. consent; the whole row is the touch target. */
export function CheckboxField({ label, hint, error, id, className, ...rest }: CheckboxFieldProps) {
  const ids = useFieldIds(id, hint, error, rest['aria-describedby']);
  return (
    <div className={cx('lx-field', Boolean(error) && 'lx-field--error', className)}>
      <FieldError id={ids.errorId}>{error}</FieldError>
      <div className="lx-choice">
        <input type="checkbox" className="lx-choice__input" {...rest} {...ids.controlProps} />
        <label className="lx-choice__label" htmlFor={ids.controlId}>
          {label}
        </label>
        <FieldHint id={ids.hintId}>{hint}</FieldHint>
      </div>
    </div>
  );
}
