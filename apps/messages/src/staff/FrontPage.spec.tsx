import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, renderWithProviders } from '@luotsi/testing';
import manifest from '../module';
// The staff pages' own texts (a separate chunk, see module.ts).
import { sv } from './i18n/sv';
import FrontPage from './FrontPage';

afterEach(cleanup);

const welcome = (text: string, language: Language) => ({
  data: { messagesWelcome: { text, language, isFallback: false } },
});

/** Renders the page with the module's real texts and a stand-in for the BFF that answers `body`. */
async function renderPage(language: Language, body: unknown) {
  const fetch = vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  );
  const client = new GraphqlClient({ language: () => language, fetch });
  const result = await renderWithProviders(<FrontPage language={language} area="staff" to={(path) => path} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper: ({ children }: { children: ReactNode }) => <GraphqlProvider client={client}>{children}</GraphqlProvider>,
  });
  return { ...result, fetch };
}

describe('the staff front page', () => {
  it('shows its title, its introduction and the BFF’s welcome in the reader’s language', async () => {
    const { fetch } = await renderPage('sv', welcome('Välkommen!', 'sv'));
    expect(screen.getByRole('heading', { level: 1, name: sv.staff.title })).toBeTruthy();
    expect(screen.getByText(sv.staff.intro)).toBeTruthy();
    expect(await screen.findByText('Välkommen!')).toBeTruthy();
    // The BFF is asked in the reader's language.
    expect(fetch.mock.calls[0]?.[1]?.headers).toMatchObject({ 'x-luotsi-language': 'sv' });
  });

  it('says so when the BFF cannot answer', async () => {
    await renderPage('fi', { errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect((await screen.findByRole('alert')).textContent).toContain('Jotain meni vikaan');
  });

  it('has no WCAG 2.1 A or AA violations that axe finds', async () => {
    const { container } = await renderPage('fi', welcome('Tervetuloa!', 'fi'));
    await screen.findByText('Tervetuloa!');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
