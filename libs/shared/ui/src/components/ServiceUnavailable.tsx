import { useId, type ReactNode } from 'react';
import { useUiTexts } from '../i18n';
import { cx } from '../internal/cx';
import { Button } from './Button';
import { PageHeading } from './PageHeading';

export interface ServiceUnavailableProps {
  /** Defaults to the ui text "This service is not available right now". */
  title?: ReactNode;
  body?: ReactNode;
  /** Shows a retry button; a returned promise keeps it loading until it settles. */
  onRetry?: () => void | Promise<unknown>;
  retryLabel?: ReactNode;
  /** 1 when the panel replaces a whole page (it then takes focus after navigation like any h1). */
  headingLevel?: 1 | 2 | 3;
  className?: string;
}

/** What the shell shows in place of a module that failed to load or crashed. */
export function ServiceUnavailable({ title, body, onRetry, retryLabel, headingLevel = 2, className }: ServiceUnavailableProps) {
  const { t } = useUiTexts();
  const headingId = useId();
  const heading = title ?? t('serviceUnavailable.title');
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section className={cx('lx-panel', 'lx-service-unavailable', className)} aria-labelledby={headingId}>
      {headingLevel === 1 ? (
        <PageHeading id={headingId}>{heading}</PageHeading>
      ) : (
        <Heading id={headingId} className="lx-panel__title">
          {heading}
        </Heading>
      )}
      <p>{body ?? t('serviceUnavailable.body')}</p>
      {onRetry && (
        <Button variant="secondary" onClick={() => onRetry()}>
          {retryLabel ?? t('serviceUnavailable.retry')}
        </Button>
      )}
    </section>
  );
}
