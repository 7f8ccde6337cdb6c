import { type ComponentPropsWithRef } from 'react';
import { FieldFrame, useFieldIds, type FieldProps } from './Field';

export interface TextAreaProps extends Omit<ComponentPropsWithRef<'textarea'>, 'id'>, FieldProps {}

export function TextArea({ label, hint, error, optional, id, className, rows = 5, ...rest }: TextAreaProps) {
  const ids = useFieldIds(id, hint, error, rest['aria-describedby']);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} optional={optional} className={className}>
      <textarea rows={rows} className="lx-input lx-textarea" {...rest} {...ids.controlProps} />
    </FieldFrame>
  );
}
