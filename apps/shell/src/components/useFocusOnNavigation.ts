import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

/**
 * After a client-side navigation, move focus to the new page's h1 so keyboard and screen-reader
 * users start from the new content (as after a full page load). Pages of remotes load lazily, so
 * wait for the heading to appear. Not on the first load: the browser starts from the top.
 */
/**
 * Moves focus to the first h1 inside `container` once it appears (pages load lazily), or to the
 * container after 3 s. Returns a cleanup function.
 */
export function focusHeadingWhenReady(container: HTMLElement): () => void {
  const focusHeading = () => {
    const heading = container.querySelector('h1');
    if (!heading) return false;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
    return true;
  };
  if (focusHeading()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (focusHeading()) observer.disconnect();
  });
  observer.observe(container, { childList: true, subtree: true });
  const timeout = window.setTimeout(() => {
    observer.disconnect();
    container.focus();
  }, 3000);
  return () => {
    observer.disconnect();
    window.clearTimeout(timeout);
  };
}

export function useFocusOnNavigation(mainId: string): void {
  const [location] = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById(mainId);
    if (!main) return;
    return focusHeadingWhenReady(main);
  }, [location, mainId]);
}
