import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, renderWithProviders } from '@luotsi/testing';
import manifest from '../module';
import type { MyAppointmentsQuery } from '../gql/graphql';
import MyAppointmentsPage from './MyAppointmentsPage';

afterEach(() => cleanup());

// Times are UTC instants, as the BFF sends them; the page shows them in Helsinki time (UTC+2 in winter).
const tessa: MyAppointmentsQuery = {
  myAppointments: [
    {
      id: 'e1', startsAt: '2026-11-25T08:00:00.000Z', endsAt: '2026-11-25T09:00:00.000Z',
      type: { code: 'first-contact', name: { text: 'Första kontakt', language: 'sv', isFallback: false } },
      unit: { id: 'u1', name: { text: 'Familjerådgivningen i Esbo', language: 'sv', isFallback: false } },
    },
    {
      id: 'e2', startsAt: '2026-12-01T07:00:00.000Z', endsAt: '2026-12-01T08:30:00.000Z',
      type: { code: 'home-visit', name: { text: 'Hembesök', language: 'sv', isFallback: false } },
      unit: { id: 'u2', name: { text: 'Espoon kotihoito', language: 'fi', isFallback: true } },
    },
  ],
};

function respondWith(body: unknown) {
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
}

async function renderPage(language: Language, body: unknown) {
  const fetch = respondWith(body);
  const client = new GraphqlClient({ language: () => language, fetch });
  const wrapper = ({ children }: { children: ReactNode }) => <GraphqlProvider client={client}>{children}</GraphqlProvider>;
  const result = await renderWithProviders(<MyAppointmentsPage language={language} area="resident" to={(p) => p} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper,
  });
  return { ...result, fetch };
}

describe('My appointments', () => {
  it('shows the resident her upcoming times in Helsinki time, with type and unit', async () => {
    const { container, fetch } = await renderPage('sv', { data: tessa });
    expect(screen.getByRole('heading', { level: 1, name: 'Mina tider' })).toBeTruthy();
    const first = within((await screen.findByRole('heading', { level: 3, name: 'Första kontakt' })).closest('li') as HTMLElement);
    expect(first.getByText('ons 25.11.2026 10.00–11.00')).toBeTruthy();
    expect(first.getByText('Familjerådgivningen i Esbo')).toBeTruthy();
    const second = within(screen.getByRole('heading', { level: 3, name: 'Hembesök' }).closest('li') as HTMLElement);
    expect(second.getByText('tis 1.12.2026 9.00–10.30')).toBeTruthy();
    expect(second.getByText('Espoon kotihoito').getAttribute('lang')).toBe('fi');
    expect(String(fetch.mock.calls[0]?.[1]?.body)).toContain('myAppointments');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('writes the time the English way', async () => {
    await renderPage('en', { data: tessa });
    expect(await screen.findByText('Wed, 25 Nov 2026, 10:00–11:00')).toBeTruthy();
  });

  it('says so when there are no upcoming times', async () => {
    await renderPage('fi', { data: { myAppointments: [] } });
    expect(await screen.findByText('Sinulla ei ole tulevia aikoja.')).toBeTruthy();
  });

  it('tells the reader when the times cannot be loaded', async () => {
    await renderPage('fi', { errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect((await screen.findByRole('alert')).textContent).toContain('Kirjaudu sisään jatkaaksesi.');
  });
});
