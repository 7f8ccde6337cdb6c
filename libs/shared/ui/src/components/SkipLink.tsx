import { type MouseEvent, type ReactNode } from 'react';
import { useUiTexts } from '../i18n';

export interface SkipLinkProps {
  /** id of the main content element. */
  targetId: string;
  /** Defaults to the ui text "Skip to main content". */
  children?: ReactNode;
}

/** The first focusable element of the page: visible on focus, moves focus to the main content. */
export function SkipLink({ targetId, children }: SkipLinkProps) {
  const { t } = useUiTexts();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    // Following the fragment alone scrolls but does not move focus to a non-focusable <main> in
    // every browser, and it would put '#main' into a router's URL.
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView?.();
  };
  return (
    <a className="lx-skip-link" href={`#${targetId}`} onClick={handleClick}>
      {children ?? t('skipLink')}
    </a>
  );
}
