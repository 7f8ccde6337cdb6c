import { type ComponentPropsWithRef } from 'react';
import { cx } from '../internal/cx';
import { FieldFrame, useFieldIds, type FieldProps, type FieldWidth } from './Field';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectFieldProps extends Omit<ComponentPropsWithRef<'select'>, 'id' | 'multiple'>, FieldProps {
  /** The options; or pass <option>/<optgroup> children. */
  options?: readonly SelectOption[];
  /** A first, empty option such as "Valitse…", for when no value is chosen yet. */
  placeholder?: string;
  width?: FieldWidth;
}

export function SelectField({
  label,
  hint,
  error,
  optional,
  id,
  options,
  placeholder,
  width = 'full',
  className,
  children,
  ...rest
}: SelectFieldProps) {
  const ids = useFieldIds(id, hint, error, rest['aria-describedby']);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} optional={optional} className={className}>
      <select className={cx('lx-input', 'lx-select', `lx-width-${width}`)} {...rest} {...ids.controlProps}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options?.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
    </FieldFrame>
  );
}
