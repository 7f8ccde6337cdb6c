import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, renderWithProviders } from '@luotsi/testing';
import manifest from '../module';
import type { FirstContactTimesQuery } from '../gql/graphql';
import FirstContactTimesPage from './FirstContactTimesPage';

afterEach(() => cleanup());

type Time = FirstContactTimesQuery['firstContactTimes'][number];
const unit = (id: string, text: string) => ({ id, name: { text, language: 'fi' as const, isFallback: false } });
const times: Time[] = [
  { id: 't1', startsAt: '2026-11-23T07:00:00.000Z', endsAt: '2026-11-23T08:00:00.000Z', lengthMinutes: 60, service: 'FAMILY_HOME_HELP', unit: unit('u1', 'Espoon kotihoito') },
  { id: 't2', startsAt: '2026-11-23T11:00:00.000Z', endsAt: '2026-11-23T12:30:00.000Z', lengthMinutes: 90, service: 'FAMILY_COUNSELLING', unit: unit('u2', 'Espoon perheneuvola') },
  { id: 't3', startsAt: '2026-11-24T08:00:00.000Z', endsAt: '2026-11-24T09:00:00.000Z', lengthMinutes: 60, service: 'DISABILITY_SERVICES', unit: unit('u3', 'Vammaispalvelut, Espoo') },
];

/** A fake BFF that filters by the service the page asks for, as the real one does. */
function fakeBff() {
  return vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { variables } = JSON.parse(String(init?.body)) as { variables: { service: string | null; limit: number } };
    const firstContactTimes = times.filter((t) => !variables.service || t.service === variables.service).slice(0, variables.limit);
    return new Response(JSON.stringify({ data: { firstContactTimes } }), { headers: { 'content-type': 'application/json' } });
  });
}

async function renderPage(language: Language) {
  const fetch = fakeBff();
  const client = new GraphqlClient({ language: () => language, fetch });
  const wrapper = ({ children }: { children: ReactNode }) => <GraphqlProvider client={client}>{children}</GraphqlProvider>;
  const result = await renderWithProviders(<FirstContactTimesPage language={language} area="staff" to={(p) => p} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper,
  });
  return { ...result, fetch };
}

function rowTexts(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('Free first-contact times', () => {
  it('lists the earliest free times of all target services in Helsinki time', async () => {
    const { container } = await renderPage('fi');
    const table = await screen.findByRole('table', { name: 'Vapaat ajat, aikaisin ensin' });
    expect(rowTexts(table)).toEqual([
      ['ma 23.11.2026 9.00–10.00', '60 min', 'Lapsiperheiden kotipalvelu', 'Espoon kotihoito'],
      ['ma 23.11.2026 13.00–14.30', '90 min', 'Perheneuvola', 'Espoon perheneuvola'],
      ['ti 24.11.2026 10.00–11.00', '60 min', 'Vammaispalvelut', 'Vammaispalvelut, Espoo'],
    ]);
    expect(screen.getByText('3 vapaata aikaa')).toBeTruthy();
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('narrows the list to the service the advisor chooses; the filter is the first Tab stop', async () => {
    const { user, fetch } = await renderPage('sv');
    await screen.findByRole('table');
    const select = screen.getByRole('combobox', { name: 'Tjänst' });
    await user.tab();
    expect(document.activeElement).toBe(select);
    await user.selectOptions(select, 'Handikappservice');
    await screen.findByText('1 ledig tid');
    expect(rowTexts(screen.getByRole('table', { name: 'Lediga tider, den tidigaste först' }))).toEqual([
      ['tis 24.11.2026 10.00–11.00', '60 min', 'Handikappservice', 'Vammaispalvelut, Espoo'],
    ]);
    const lastRequest = JSON.parse(String(fetch.mock.calls.at(-1)?.[1]?.body)) as { variables: unknown };
    expect(lastRequest.variables).toEqual({ service: 'DISABILITY_SERVICES', limit: 30 });
  });

  it('says so when there are no free times', async () => {
    const { user } = await renderPage('en');
    const select = await screen.findByRole('combobox', { name: 'Service' });
    await user.selectOptions(select, 'Youth services');
    expect(await screen.findByText('There are no free times.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
