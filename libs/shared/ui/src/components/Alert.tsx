import { type ReactNode } from 'react';
import { useUiTexts } from '../i18n';
import { cx } from '../internal/cx';
import { VisuallyHidden } from './VisuallyHidden';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /**
   * Announce when it appears (default): errors interrupt (role="alert"), the others wait for a
   * pause (role="status"). Set false for a notice that is simply part of the page.
   */
  live?: boolean;
  className?: string;
}

// One small inline icon per tone (no icon library); colour is never the only signal, the
// visually hidden prefix and the icon shape carry the tone too.
const icons: Record<AlertTone, ReactNode> = {
  info: <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-6h2v6Zm0-8h-2V7h2v2Z" />,
  success: <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.5 14.5-4-4 1.4-1.4 2.6 2.6 5.6-5.6 1.4 1.4-7 7Z" />,
  warning: <path d="M1 21h22L12 2 1 21Zm12-3h-2v-2h2v2Zm0-4h-2v-4h2v4Z" />,
  error: <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-2h2v2Zm0-4h-2V7h2v6Z" />,
};

export function Alert({ tone = 'info', title, children, live = true, className }: AlertProps) {
  const { t } = useUiTexts();
  const role = live ? (tone === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div className={cx('lx-alert', `lx-alert--${tone}`, className)} role={role}>
      <svg className="lx-alert__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        {icons[tone]}
      </svg>
      <div className="lx-alert__body">
        {title ? (
          <p className="lx-alert__title">
            <VisuallyHidden>{t(`alert.${tone}`)}</VisuallyHidden> {title}
          </p>
        ) : (
          <>
            <VisuallyHidden>{t(`alert.${tone}`)}</VisuallyHidden>{' '}
          </>
        )}
        {children}
      </div>
    </div>
  );
}
