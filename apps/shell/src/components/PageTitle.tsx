import type { ReactNode } from 'react';

/** The page's h1. Focus moves here after navigation (see useFocusOnNavigation). */
export function PageTitle({ children }: { children: ReactNode }) {
  return (
    <h1 tabIndex={-1} className="lx-page-heading">
      {children}
    </h1>
  );
}
