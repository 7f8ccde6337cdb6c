import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

/**
 * After a client-side navigation, move focus to the new page's h1 so keyboard and screen-reader
 * users start from the new content (as after a full page load). Pages of remotes load lazily, so
 * wait for the heading to appear. Not on the first load: the browser starts from the top.
 */
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
    const focusHeading = () => {
      const heading = main.querySelector('h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const timeout = window.setTimeout(() => {
      observer.disconnect();
      main.focus();
    }, 3000);
    return () => {
      observer.disconnect();
      window.clearTimeout(timeout);
    };
  }, [location, mainId]);
}
