import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';
import { useUiTexts } from '../i18n';

export interface FormError {
  /** id of the field's control (for a RadioGroup, its `id`: the first radio). */
  fieldId: string;
  message: ReactNode;
}

export interface ErrorSummaryProps {
  errors: readonly FormError[];
  /** Defaults to "There are n problems in the form". */
  title?: ReactNode;
}

/**
 * Listed at the top of a form after a failed submit, each error a link to its field. It takes
 * focus when it appears so a screen reader user hears what to fix; render it anew (e.g. change
 * its key) on each failed submit to move focus again.
 */
export function ErrorSummary({ errors, title }: ErrorSummaryProps) {
  const { t } = useUiTexts();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const hasErrors = errors.length > 0;

  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [hasErrors]);

  if (!hasErrors) return null;

  const focusField = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    // Move focus into the field itself; following the fragment would only scroll to it.
    event.preventDefault();
    field.focus();
    // Scroll to the question, not just the box: the label (or legend) says what is asked.
    const label = (field as Partial<HTMLInputElement>).labels?.[0];
    (field.closest('fieldset') ?? label ?? field).scrollIntoView?.({ block: 'start' });
  };

  return (
    <div className="lx-error-summary" ref={ref} tabIndex={-1}>
      <h2 className="lx-error-summary__title" id={titleId}>
        {title ?? t('errorSummary.title', { count: errors.length })}
      </h2>
      <ul className="lx-error-summary__list" aria-labelledby={titleId}>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
