import { type ComponentPropsWithRef } from 'react';
import { cx } from '../internal/cx';

export interface VisuallyHiddenProps extends ComponentPropsWithRef<'span'> {
  /** Becomes visible when focused (e.g. a skip link inside it). */
  focusable?: boolean;
}

/** Content for screen readers only: hidden visually, not from assistive technology. */
export function VisuallyHidden({ focusable = false, className, ...rest }: VisuallyHiddenProps) {
  return <span className={cx(focusable ? 'lx-visually-hidden-focusable' : 'lx-visually-hidden', className)} {...rest} />;
}
