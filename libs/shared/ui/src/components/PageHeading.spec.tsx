import { act, screen } from '@testing-library/react';
import { type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '../test-utils';
import { PageHeading, usePageHeadingFocus } from './PageHeading';
import { SkipLink } from './SkipLink';

/** Stands in for the shell's layout: it knows the route, the page renders the heading. */
function Shell({ route, children }: { route: string; children: ReactNode }) {
  usePageHeadingFocus(route);
  return (
    <>
      <SkipLink targetId="main" />
      <main id="main">{children}</main>
    </>
  );
}

describe('PageHeading focus on navigation', () => {
  it('is an h1 that only script can focus', async () => {
    await renderUi(<PageHeading>Palvelut</PageHeading>);
    const heading = screen.getByRole('heading', { level: 1, name: 'Palvelut' });
    expect(heading.tabIndex).toBe(-1);
  });

  it('does not take focus on the first load, then does on each route change', async () => {
    const { rerender } = await renderUi(
      <Shell route="/fi">
        <PageHeading>Etusivu</PageHeading>
      </Shell>,
    );
    expect(document.activeElement).toBe(document.body);

    rerender(
      <Shell route="/fi/palvelut">
        <PageHeading key="services">Palvelut</PageHeading>
      </Shell>,
    );
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Palvelut' }));

    // The same page component with new content (e.g. another service) still gets focus.
    rerender(
      <Shell route="/fi/palvelut/2">
        <PageHeading key="services">Neuvola</PageHeading>
      </Shell>,
    );
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Neuvola' }));
  });

  it('waits for a lazily loaded page to render its heading', async () => {
    const { rerender } = await renderUi(
      <Shell route="/fi">
        <PageHeading>Etusivu</PageHeading>
      </Shell>,
    );
    rerender(
      <Shell route="/fi/oirearvio">
        <p>Ladataan…</p>
      </Shell>,
    );
    expect(document.activeElement).toBe(document.body);
    rerender(
      <Shell route="/fi/oirearvio">
        <PageHeading>Oirearvio</PageHeading>
      </Shell>,
    );
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Oirearvio' }));
  });

  it('does not steal focus when the route stays the same', async () => {
    const { rerender, user } = await renderUi(
      <Shell route="/fi">
        <PageHeading>Etusivu</PageHeading>
        <input aria-label="Haku" />
      </Shell>,
    );
    await user.click(screen.getByRole('textbox', { name: 'Haku' }));
    await act(async () => {
      rerender(
        <Shell route="/fi">
          <PageHeading>Etusivu</PageHeading>
          <input aria-label="Haku" />
        </Shell>,
      );
    });
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Haku' }));
  });
});

describe('SkipLink', () => {
  it('is the first tab stop and moves focus to the main content', async () => {
    const { user } = await renderUi(
      <Shell route="/fi">
        <PageHeading>Etusivu</PageHeading>
        <a href="#x">Linkki</a>
      </Shell>,
      { language: 'sv' },
    );
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Gå till huvudinnehållet' });
    expect(document.activeElement).toBe(skip);
    expect(skip.getAttribute('href')).toBe('#main');
    await user.keyboard('{Enter}');
    const main = screen.getByRole('main');
    expect(document.activeElement).toBe(main);
    expect(main.getAttribute('tabindex')).toBe('-1');
    // The next Tab continues inside the main content.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Linkki' }));
  });
});
