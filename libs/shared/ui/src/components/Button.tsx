import { useRef, useState, type ComponentPropsWithRef, type MouseEvent } from 'react';
import { useUiTexts } from '../i18n';
import { cx } from '../internal/cx';
import { VisuallyHidden } from './VisuallyHidden';

export type ButtonVariant = 'primary' | 'secondary' | 'danger';

interface CommonProps {
  variant?: ButtonVariant;
  /** Full width on phones (natural width from 48em), e.g. the main action of a form. */
  block?: boolean;
}

export interface ButtonProps extends Omit<ComponentPropsWithRef<'button'>, 'onClick'>, CommonProps {
  as?: 'button';
  /** Shows a spinner and ignores clicks (and form submission) while true. */
  loading?: boolean;
  /**
   * When it returns a promise the button is loading until the promise settles, so a double
   * click or an impatient second tap cannot send a form twice.
   */
  onClick?: (event: MouseEvent<HTMLButtonElement>) => void | Promise<unknown>;
}

/** A link that looks like a button ("Sign in", "Start"): navigation, not an action. */
export interface ButtonLinkProps extends ComponentPropsWithRef<'a'>, CommonProps {
  as: 'a';
  href: string;
}

function classes(variant: ButtonVariant, block: boolean, className: string | undefined, loading = false) {
  return cx('lx-button', `lx-button--${variant}`, block && 'lx-button--block', loading && 'lx-button--loading', className);
}

export function Button(props: ButtonProps | ButtonLinkProps) {
  if (props.as === 'a') {
    const { as: _as, variant = 'primary', block = false, className, children, ...rest } = props;
    return (
      <a className={classes(variant, block, className)} {...rest}>
        {children}
      </a>
    );
  }
  return <ActionButton {...props} />;
}

function ActionButton({
  as: _as,
  variant = 'primary',
  block = false,
  loading = false,
  type = 'button',
  className,
  onClick,
  children,
  ...rest
}: ButtonProps) {
  const { t } = useUiTexts();
  const [pending, setPending] = useState(false);
  // A ref as well as state: two clicks can arrive before React re-renders.
  const busy = useRef(false);
  const isLoading = loading || pending;

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (isLoading || busy.current) {
      // Also stops a submit button from submitting its form again.
      event.preventDefault();
      return;
    }
    const result = onClick?.(event);
    if (result instanceof Promise) {
      busy.current = true;
      setPending(true);
      const done = () => {
        busy.current = false;
        setPending(false);
      };
      // Rethrow so a rejection the caller does not handle is still reported, not swallowed here.
      result.then(done, (error: unknown) => {
        done();
        throw error;
      });
    }
  };

  return (
    <button
      // aria-disabled, not disabled: a disabled button loses focus and screen readers lose their place.
      aria-disabled={isLoading || undefined}
      type={type}
      className={classes(variant, block, className, isLoading)}
      onClick={handleClick}
      {...rest}
    >
      {isLoading && <span className="lx-spinner" aria-hidden="true" />}
      {children}
      {isLoading && (
        <>
          {' '}
          <VisuallyHidden>{t('loading')}</VisuallyHidden>
        </>
      )}
    </button>
  );
}
