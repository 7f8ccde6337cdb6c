import { useId, type ChangeEvent, type ReactNode } from 'react';
import { cx } from '../internal/cx';
import { FieldError, FieldHint, OptionalMark, type FieldProps } from './Field';

export interface RadioOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
}

export interface RadioGroupProps extends FieldProps {
  /** The question, rendered as the fieldset's legend. */
  label: ReactNode;
  name: string;
  options: readonly RadioOption[];
  /** Controlled value; use with onChange. */
  value?: string;
  defaultValue?: string;
  onChange?: (value: string, event: ChangeEvent<HTMLInputElement>) => void;
  required?: boolean;
  /** Side by side for two short answers (Kyllä / Ei). */
  inline?: boolean;
  className?: string;
}

/** A fieldset of radio buttons. `id` goes to the first radio, which the error summary links to. */
export function RadioGroup({
  label,
  hint,
  error,
  optional,
  id,
  name,
  options,
  value,
  defaultValue,
  onChange,
  required,
  inline = false,
  className,
}: RadioGroupProps) {
  const generated = useId();
  const base = id ?? `lx-radios${generated}`;
  const hintId = hint ? `${base}-hint` : undefined;
  const errorId = error ? `${base}-error` : undefined;
  return (
    <fieldset
      // radiogroup, not the implicit group: it is the role that supports aria-invalid and
      // aria-required, so the error state is announced with the question. ARIA in HTML allows
      // this role on <fieldset>; the lint rule does not know that.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-element-to-interactive-role -- see above
      role="radiogroup"
      className={cx('lx-field', 'lx-fieldset', Boolean(error) && 'lx-field--error', className)}
      aria-describedby={cx(hintId, errorId) || undefined}
      aria-invalid={error ? true : undefined}
      aria-required={required || undefined}
    >
      <legend className="lx-field__label">
        {label}
        <OptionalMark optional={optional} />
      </legend>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <FieldError id={errorId}>{error}</FieldError>
      <div className={cx('lx-choices', inline && 'lx-choices--inline')}>
        {options.map((option, index) => {
          const optionId = index === 0 ? base : `${base}-${index}`;
          const optionHintId = option.hint ? `${optionId}-hint` : undefined;
          return (
            <div className="lx-choice" key={option.value}>
              <input
                type="radio"
                className="lx-choice__input"
                id={optionId}
                name={name}
                value={option.value}
                disabled={option.disabled}
                required={required}
                aria-describedby={optionHintId}
                {...(value !== undefined
                  ? { checked: value === option.value }
                  : { defaultChecked: defaultValue === option.value })}
                onChange={(event) => onChange?.(option.value, event)}
              />
              <label className="lx-choice__label" htmlFor={optionId}>
                {option.label}
              </label>
              <FieldHint id={optionHintId}>{option.hint}</FieldHint>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
