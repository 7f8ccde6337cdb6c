import { useEffect, useState } from 'react';
import { deadlineStatus } from '@luotsi/symptoms-domain';
import { useTexts } from '@luotsi/i18n';
import { VisuallyHidden } from '@luotsi/ui';
import type { fi as staffFi } from './i18n/fi';

/** The current time, updated at the start of every minute (the timers show whole minutes). */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(() => {
        setNow(new Date());
        schedule();
      }, 60_000 - (Date.now() % 60_000));
    };
    schedule();
    return () => clearTimeout(timer);
  }, []);
  return now;
}

/**
 * "Due in 2 h 10 min" / "Overdue 15 min": words, not only colour, and the units spelled out for
 * screen readers. Not a live region: a tick every minute would be noise.
 */
export function DeadlineTimer({ deadline, now }: { deadline: string; now: Date }) {
  const { t } = useTexts<typeof staffFi>('symptomCheck');
  const status = deadlineStatus(new Date(deadline), now);
  const short = status.hours > 0 ? t('timer.short', { hours: status.hours, minutes: status.restMinutes }) : t('timer.shortMinutes', { minutes: status.minutes });
  const long = status.hours > 0
    ? `${t('timer.hours', { count: status.hours })} ${t('timer.minutes', { count: status.restMinutes })}`
    : t('timer.minutes', { count: status.minutes });
  return (
    <span
      data-overdue={status.overdue || undefined}
      // --lx-color-error has 4.5:1 contrast on the page background (tokens.spec.ts).
      style={status.overdue ? { color: 'var(--lx-color-error)', fontWeight: 600 } : undefined}
    >
      <span aria-hidden="true">
        {status.overdue ? '⚠ ' : ''}
        {t(status.overdue ? 'timer.overdue' : 'timer.dueIn', { time: short })}
      </span>
      <VisuallyHidden>{t(status.overdue ? 'timer.overdue' : 'timer.dueIn', { time: long })}</VisuallyHidden>
    </span>
  );
}
