import { useEffect, useRef, type ComponentPropsWithRef, type Ref } from 'react';
import { cx } from '../internal/cx';
import { sharedState } from '../internal/shared-state';

/**
 * Focus on client-side navigation: a screen reader user hears nothing when a single-page app
 * changes the view, so after a navigation focus moves to the new page's h1 (read out as the
 * page's name, and Tab continues from there). Not on the first load: the browser starts from the
 * top of a freshly loaded page, and the skip link must stay the first stop.
 *
 * The shell calls usePageHeadingFocus(routeKey) in its layout; pages, also in remotes, render
 * PageHeading. The page may mount after the key changes (lazy route), so a pending request waits
 * for the next PageHeading that mounts. The state is shared through globalThis, see sharedState.
 */
interface HeadingFocusState {
  headings: HTMLElement[];
  pending: boolean;
}

const focusState = () => sharedState<HeadingFocusState>('page-heading-focus', () => ({ headings: [], pending: false }));

export type PageHeadingProps = ComponentPropsWithRef<'h1'>;

/** The page's h1; focusable by script only (tabIndex -1), see usePageHeadingFocus. */
export function PageHeading({ className, ref, children, ...rest }: PageHeadingProps) {
  const own = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const heading = own.current;
    if (!heading) return;
    const state = focusState();
    state.headings.push(heading);
    if (state.pending) {
      state.pending = false;
      heading.focus();
    }
    return () => {
      state.headings = state.headings.filter((h) => h !== heading);
    };
  }, []);

  return (
    <h1 tabIndex={-1} className={cx('lx-page-heading', className)} ref={mergeRefs(own, ref)} {...rest}>
      {children}
    </h1>
  );
}

/**
 * Moves focus to the page's PageHeading whenever routeKey changes (pass the router's location
 * key or pathname), but not on the first render.
 */
export function usePageHeadingFocus(routeKey: unknown): void {
  const previous = useRef<{ key: unknown } | null>(null);
  useEffect(() => {
    const first = previous.current === null;
    const changed = !first && !Object.is(previous.current?.key, routeKey);
    previous.current = { key: routeKey };
    if (!changed) return;
    const state = focusState();
    // The newest heading belongs to the page just rendered; without one, wait for it to mount.
    const heading = state.headings[state.headings.length - 1];
    if (heading?.isConnected) {
      state.pending = false;
      heading.focus();
    } else {
      state.pending = true;
    }
  }, [routeKey]);
}

function mergeRefs<T>(...refs: (Ref<T> | undefined)[]) {
  return (value: T | null) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(value);
      else if (ref) ref.current = value;
    }
  };
}
