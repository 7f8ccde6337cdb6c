import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, pageProps, renderWithProviders } from '@luotsi/testing';
import manifest from '../module';
import FrontPage from './FrontPage';
import { en, sv } from '../texts.testing';

afterEach(cleanup);

const renderPage = (language: Language) =>
  renderWithProviders(<FrontPage {...pageProps('privacy', language, 'resident')} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
  });

describe('the resident front page', () => {
  it('has the service’s name and links to the resident’s own pages in the reader’s language', async () => {
    await renderPage('sv');
    expect(screen.getByRole('heading', { level: 1, name: sv.resident.title })).toBeTruthy();
    expect(screen.getByRole('link', { name: sv.accessLog.nav }).getAttribute('href')).toBe('/sv/privacy/access-log');
    expect(screen.getByRole('link', { name: sv.myData.nav }).getAttribute('href')).toBe('/sv/privacy/my-data');
    expect(screen.getByText(sv.accessLog.summary)).toBeTruthy();
  });

  it('has no WCAG 2.1 A or AA violations that axe finds', async () => {
    const { container } = await renderPage('en');
    expect(screen.getByRole('heading', { level: 1, name: en.resident.title })).toBeTruthy();
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
