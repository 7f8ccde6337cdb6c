import { type ReactNode } from 'react';
import { useUiTexts } from '../i18n';
import { cx } from '../internal/cx';
import { Link } from './Link';

export interface PaginationProps {
  /** Current page, from 1. */
  page: number;
  pageCount: number;
  /** Pages as links (shareable, work without JavaScript): the URL of a page. */
  href?: (page: number) => string;
  /** Pages as buttons, when the page is not in the URL. */
  onPageChange?: (page: number) => void;
  /** Names the navigation landmark when a page has more than one. */
  label?: string;
  className?: string;
}

/** Page numbers to show: first, last, and the current one with its neighbours; null = gap. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const pages = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...pages].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && p - previous === 2) result.push(previous + 1);
    else if (previous !== undefined && p - previous > 2) result.push(null);
    result.push(p);
  });
  return result;
}

export function Pagination({ page, pageCount, href, onPageChange, label, className }: PaginationProps) {
  const { t } = useUiTexts();
  if (pageCount <= 1) return null;

  const target = (p: number, content: ReactNode, extra: { current?: boolean; rel?: string; name?: string; className: string }) => {
    const common = {
      className: cx('lx-pagination__link', extra.className),
      'aria-current': extra.current ? ('page' as const) : undefined,
      'aria-label': extra.name,
    };
    return href ? (
      <Link href={href(p)} rel={extra.rel} {...common}>
        {content}
      </Link>
    ) : (
      <button type="button" onClick={() => onPageChange?.(p)} {...common}>
        {content}
      </button>
    );
  };

  return (
    <nav className={cx('lx-pagination', className)} aria-label={label ?? t('pagination.label')}>
      <ul className="lx-pagination__list">
        {page > 1 && (
          <li>
            {target(page - 1, t('pagination.previous'), { rel: 'prev', className: 'lx-pagination__step' })}
          </li>
        )}
        {pageWindow(page, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} className="lx-pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {target(p, p, { current: p === page, name: t('pagination.page', { page: p }), className: 'lx-pagination__page' })}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            {target(page + 1, t('pagination.next'), { rel: 'next', className: 'lx-pagination__step' })}
          </li>
        )}
      </ul>
    </nav>
  );
}
