import { type ComponentPropsWithRef } from 'react';
import { cx } from '../internal/cx';
import { FieldFrame, useFieldIds, type FieldProps, type FieldWidth } from './Field';

export interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id'>, FieldProps {
  width?: FieldWidth;
}

export function TextField({ label, hint, error, optional, id, width = 'full', className, type = 'text', ...rest }: TextFieldProps) {
  const ids = useFieldIds(id, hint, error, rest['aria-describedby']);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} optional={optional} className={className}>
      <input type={type} className={cx('lx-input', `lx-width-${width}`)} {...rest} {...ids.controlProps} />
    </FieldFrame>
  );
}
