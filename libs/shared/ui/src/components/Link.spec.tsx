import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderUi } from '../test-utils';
import { Link, LinkNavigationProvider, type LinkComponentProps } from './Link';

describe('Link', () => {
  it('hands a plain click to onNavigate instead of loading the page', async () => {
    const onNavigate = vi.fn();
    const { user } = await renderUi(
      <Link href="/fi/palvelut" onNavigate={onNavigate}>
        Palvelut
      </Link>,
    );
    const link = screen.getByRole('link', { name: 'Palvelut' });
    expect(link.getAttribute('href')).toBe('/fi/palvelut');
    await user.click(link);
    expect(onNavigate).toHaveBeenCalledWith('/fi/palvelut', expect.anything());
  });

  it('leaves modified clicks, new windows and other sites to the browser', async () => {
    const onNavigate = vi.fn();
    await renderUi(
      <>
        <Link href="/fi/a" onNavigate={onNavigate}>
          A
        </Link>
        <Link href="https://suomi.fi" onNavigate={onNavigate}>
          Suomi.fi
        </Link>
        <Link href="/fi/b" target="_blank" onNavigate={onNavigate}>
          B
        </Link>
        <Link href="/auth/resident/login" external onNavigate={onNavigate}>
          Kirjaudu
        </Link>
      </>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'A' }), { ctrlKey: true });
    fireEvent.click(screen.getByRole('link', { name: 'A' }), { button: 1 });
    fireEvent.click(screen.getByRole('link', { name: 'Suomi.fi' }));
    fireEvent.click(screen.getByRole('link', { name: /^B/ }));
    fireEvent.click(screen.getByRole('link', { name: 'Kirjaudu' }));
    expect(onNavigate).not.toHaveBeenCalled();
  });

  it('says a link opens a new window and protects the opener', async () => {
    await renderUi(
      <Link href="https://www.suomi.fi/palvelut" target="_blank">
        Palvelu PTV:ssä
      </Link>,
      { language: 'en' },
    );
    const link = screen.getByRole('link', { name: 'Palvelu PTV:ssä (opens in a new window)' });
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('takes the navigate function from LinkNavigationProvider', async () => {
    const navigate = vi.fn();
    const { user } = await renderUi(
      <LinkNavigationProvider navigate={navigate}>
        <Link href="/sv/tjanster">Tjänster</Link>
      </LinkNavigationProvider>,
    );
    await user.click(screen.getByRole('link', { name: 'Tjänster' }));
    expect(navigate).toHaveBeenCalledWith('/sv/tjanster', expect.anything());
  });

  it('renders a router’s link component given as `as`', async () => {
    function RouterLink({ href, children, ...rest }: LinkComponentProps) {
      return (
        <a data-router="yes" href={href} {...rest}>
          {children}
        </a>
      );
    }
    await renderUi(
      <Link as={RouterLink} href="/en/services">
        Services
      </Link>,
    );
    const link = screen.getByRole('link', { name: 'Services' });
    expect(link.dataset['router']).toBe('yes');
    expect(link.className).toBe('lx-link');
  });
});
