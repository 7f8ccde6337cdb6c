import { useUiTexts } from '../i18n';
import { cx } from '../internal/cx';
import { VisuallyHidden } from './VisuallyHidden';

export interface SkeletonProps {
  /** Placeholder lines to draw. */
  lines?: number;
  /** What is loading, for screen readers; defaults to "Loading…". */
  label?: string;
  className?: string;
}

/**
 * Grey placeholder lines while content loads. The container is aria-busy, the lines are hidden
 * from assistive technology and one "Loading…" status is announced instead. The shimmer stops
 * under prefers-reduced-motion (base.css).
 */
export function Skeleton({ lines = 3, label, className }: SkeletonProps) {
  const { t } = useUiTexts();
  return (
    <div className={cx('lx-skeleton', className)} aria-busy="true">
      <VisuallyHidden role="status">{label ?? t('loading')}</VisuallyHidden>
      <div aria-hidden="true">
        {Array.from({ length: lines }, (_, i) => (
          <span key={i} className="lx-skeleton__line" />
        ))}
      </div>
    </div>
  );
}
