import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations, renderUi } from '../test-utils';
import { Pagination, pageWindow } from './Pagination';

describe('Pagination', () => {
  it('is a named navigation with the current page marked', async () => {
    await renderUi(<Pagination page={3} pageCount={10} href={(p) => `/fi/palvelut?sivu=${p}`} />);
    const nav = screen.getByRole('navigation', { name: 'Sivut' });
    const current = within(nav).getByRole('link', { name: 'Sivu 3' });
    expect(current.getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Sivu 4' }).hasAttribute('aria-current')).toBe(false);
    expect(within(nav).getByRole('link', { name: 'Edellinen sivu' }).getAttribute('href')).toBe('/fi/palvelut?sivu=2');
    expect(within(nav).getByRole('link', { name: 'Seuraava sivu' }).getAttribute('href')).toBe('/fi/palvelut?sivu=4');
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['Edellinen sivu', '1', '2', '3', '4', '10', 'Seuraava sivu']);
  });

  it('offers no previous link on the first page and no next link on the last', async () => {
    const { rerender } = await renderUi(<Pagination page={1} pageCount={2} href={(p) => `?p=${p}`} />, { language: 'en' });
    expect(screen.queryByRole('link', { name: 'Previous page' })).toBeNull();
    rerender(<Pagination page={2} pageCount={2} href={(p) => `?p=${p}`} />);
    expect(screen.queryByRole('link', { name: 'Next page' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBe('page');
  });

  it('uses buttons when pages are not in the URL', async () => {
    const onPageChange = vi.fn();
    const { user } = await renderUi(<Pagination page={2} pageCount={3} onPageChange={onPageChange} />, { language: 'sv' });
    expect(screen.getByRole('button', { name: 'Sida 2' }).getAttribute('aria-current')).toBe('page');
    await user.click(screen.getByRole('button', { name: 'Nästa sida' }));
    expect(onPageChange).toHaveBeenCalledWith(3);
  });

  it('renders nothing for a single page', async () => {
    const { container } = await renderUi(<Pagination page={1} pageCount={1} href={String} />);
    expect(container.innerHTML).toBe('');
  });

  it('shows the ends and the neighbours, filling one-page gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 10)).toEqual([1, 2, null, 10]);
    expect(pageWindow(3, 10)).toEqual([1, 2, 3, 4, null, 10]);
    expect(pageWindow(6, 10)).toEqual([1, null, 5, 6, 7, null, 10]);
    expect(pageWindow(10, 10)).toEqual([1, null, 9, 10]);
  });

  it('has no axe violations', async () => {
    const { container } = await renderUi(<Pagination page={5} pageCount={9} href={(p) => `?p=${p}`} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
