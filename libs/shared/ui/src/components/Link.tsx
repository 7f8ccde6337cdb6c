import {
  createContext,
  useContext,
  type ComponentPropsWithRef,
  type ComponentType,
  type Context,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useUiTexts } from '../i18n';
import { cx } from '../internal/cx';
import { sharedState } from '../internal/shared-state';
import { VisuallyHidden } from './VisuallyHidden';

/** Hands an in-app link to the router: the shell passes its navigate(). */
export type NavigateHandler = (href: string, event: MouseEvent<HTMLAnchorElement>) => void;

/** What a router adapter given as `as` receives: an anchor's props with href. */
export type LinkComponentProps = ComponentPropsWithRef<'a'> & { href: string };

export interface LinkProps extends ComponentPropsWithRef<'a'> {
  href: string;
  /** Renders this component instead of <a>, e.g. the shell's adapter around its router's link. */
  as?: ComponentType<LinkComponentProps>;
  /** Called instead of a full page load on a plain left click; overrides LinkNavigationProvider. */
  onNavigate?: NavigateHandler;
  /** Another site or a server route (sign-in, file download): always a normal page load. */
  external?: boolean;
}

// Shared through globalThis so a remote's own copy of this library sees the shell's provider.
const navigationContext = (): Context<NavigateHandler | null> =>
  sharedState('link-navigation', () => createContext<NavigateHandler | null>(null));

/** Lets every Link below use the router without the UI library importing one. */
export function LinkNavigationProvider({ navigate, children }: { navigate: NavigateHandler; children: ReactNode }) {
  const { Provider } = navigationContext();
  return <Provider value={navigate}>{children}</Provider>;
}

const absoluteUrl = /^([a-z][a-z\d+.-]*:|\/\/)/i;

/** A click the browser should handle itself: new tab/window, download, non-primary button. */
function isSpecialClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  const target = event.currentTarget.getAttribute('target');
  return (
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    (target !== null && target !== '_self') ||
    event.currentTarget.hasAttribute('download')
  );
}

export function Link({ href, as: As, onNavigate, external, onClick, className, children, target, rel, ...rest }: LinkProps) {
  const { t } = useUiTexts();
  const contextNavigate = useContext(navigationContext());
  const navigate = onNavigate ?? contextNavigate;
  const isExternal = external ?? absoluteUrl.test(href);
  const newWindow = target === '_blank';
  const classes = cx('lx-link', className);
  const content = (
    <>
      {children}
      {newWindow && (
        <>
          {' '}
          <VisuallyHidden>{t('link.newWindow')}</VisuallyHidden>
        </>
      )}
    </>
  );
  const safeRel = newWindow ? cx(rel, 'noopener noreferrer') : rel;

  if (As && !isExternal) {
    return (
      <As href={href} className={classes} onClick={onClick} target={target} rel={safeRel} {...rest}>
        {content}
      </As>
    );
  }

  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || isExternal || !navigate || isSpecialClick(event)) return;
    event.preventDefault();
    navigate(href, event);
  };

  return (
    <a href={href} className={classes} onClick={handleClick} target={target} rel={safeRel} {...rest}>
      {content}
    </a>
  );
}
