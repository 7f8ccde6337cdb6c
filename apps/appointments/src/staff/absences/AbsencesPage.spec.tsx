import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, renderWithProviders } from '@luotsi/testing';
import manifest from '../../module';
import type { TeamAbsencesQuery } from '../../gql/graphql';
import { helsinkiDate, helsinkiToUtc } from '@luotsi/calendar';
import AbsencesPage from './AbsencesPage';

afterEach(() => cleanup());

const text = (value: string) => ({ text: value, language: 'fi' as const, isFallback: false });
const absences: TeamAbsencesQuery['teamAbsences'] = [
  {
    id: 'a1',
    startsAt: '2026-11-27T06:00:00.000Z',
    endsAt: '2026-11-27T15:00:00.000Z',
    note: 'Koulutus',
    professional: { id: 'pia', firstName: 'Pia', lastName: 'Perheneuvoja', title: text('Psykologi') },
    affectedEntries: [
      {
        id: 'e1',
        startsAt: '2026-11-27T10:00:00.000Z',
        endsAt: '2026-11-27T11:00:00.000Z',
        clientName: 'Ville Virtanen',
        professionalId: 'pia',
        type: { code: 'client-visit', name: text('Asiakaskäynti') },
        candidates: [
          { id: 'riitta', firstName: 'Riitta', lastName: 'Aalto' },
          { id: 'pekka', firstName: 'Pekka', lastName: 'Nurmi' },
        ],
      },
      {
        id: 'e2',
        startsAt: '2026-11-27T12:00:00.000Z',
        endsAt: '2026-11-27T12:30:00.000Z',
        clientName: 'Tessa Testilä',
        professionalId: 'pia',
        type: { code: 'phone-contact', name: text('Puhelinkontakti') },
        candidates: [],
      },
    ],
  },
];

/** A fake BFF: the team's absences, and moves that succeed except to a colleague named busy. */
function fakeBff(busy: string | null = null) {
  return vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { query, variables } = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, string> & { input?: Record<string, string> } };
    if (query.includes('teamMembers')) return json({ teamMembers: [{ id: 'riitta', firstName: 'Riitta', lastName: 'Aalto' }, { id: 'pia', firstName: 'Pia', lastName: 'Perheneuvoja' }] });
    if (variables.input)
      return json({ recordAbsence: { id: 'a2', startsAt: variables.input['startsAt'], endsAt: variables.input['endsAt'], professional: { firstName: 'Riitta', lastName: 'Aalto' } } });
    const data = variables['toStaffId']
      ? {
          reassignCalendarEntry:
            variables['toStaffId'] === busy
              ? { problem: 'COLLEAGUE_BUSY', entry: null }
              : { problem: null, entry: { id: variables['entryId'], professional: { id: variables['toStaffId'], firstName: 'Riitta', lastName: 'Aalto' } } },
        }
      : { teamAbsences: absences };
    return json(data);
  });
}
const json = (data: unknown) => new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });

async function renderPage(language: Language, busy: string | null = null) {
  const fetch = fakeBff(busy);
  const client = new GraphqlClient({ language: () => language, fetch });
  const wrapper = ({ children }: { children: ReactNode }) => <GraphqlProvider client={client}>{children}</GraphqlProvider>;
  const result = await renderWithProviders(<AbsencesPage language={language} area="staff" to={(p) => p} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper,
  });
  return { ...result, fetch };
}

describe('Absences', () => {
  it('lists the team’s absences with the client times in them, in Helsinki time; axe clean', async () => {
    const { container } = await renderPage('fi');
    const section = await screen.findByRole('region', { name: 'Pia Perheneuvoja' });
    expect(within(section).getByText('Poissa pe 27.11.2026 8.00–17.00')).toBeTruthy();
    expect(within(section).getByText('pe 27.11.2026 12.00–13.00, Ville Virtanen')).toBeTruthy();
    expect(within(section).getByText('Kukaan tiimistäsi ei ole vapaana tähän aikaan. Sovi asiakkaan kanssa uusi aika.')).toBeTruthy();
    // Only the free colleagues the BFF gave are offered.
    const select = within(section).getByRole('combobox', { name: 'Siirrä ammattilaiselle' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Valitse ammattilainen', 'Riitta Aalto', 'Pekka Nurmi']);
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('moves a time with the keyboard, announces it and takes it off the list (sv); axe clean', async () => {
    const { user, fetch, container } = await renderPage('sv');
    const select = await screen.findByRole('combobox', { name: 'Flytta till yrkesperson' });
    select.focus();
    await user.selectOptions(select, 'Riitta Aalto');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flytta' }));
    await user.keyboard('{Enter}');
    const status = await screen.findByRole('status');
    expect(await within(status).findByText('Tiden fre 27.11.2026 12.00–13.00 för Ville Virtanen flyttades till Riitta Aalto. Klienten får besked om ändringen.')).toBeTruthy();
    expect(screen.queryByText(/Ville Virtanen$/)).toBeNull();
    const move = JSON.parse(String(fetch.mock.calls.at(-1)?.[1]?.body)) as { variables: unknown };
    expect(move.variables).toEqual({ entryId: 'e1', fromStaffId: 'pia', toStaffId: 'riitta' });
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('says what to do when the colleague turned out busy, and asks to choose first (en)', async () => {
    const { user, fetch } = await renderPage('en', 'pekka');
    const button = await screen.findByRole('button', { name: 'Move' });
    await user.click(button);
    expect(screen.getByText('First choose the professional to move the time to.')).toBeTruthy();
    expect(fetch.mock.calls.filter((call) => String(call[1]?.body).includes('reassignCalendarEntry'))).toEqual([]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Move to professional' }), 'Pekka Nurmi');
    await user.click(button);
    expect(await screen.findByText('The professional already has something else at this time. Choose another professional.')).toBeTruthy();
    expect(screen.getByText(/Ville Virtanen/)).toBeTruthy();
  });

  it('records an absence for a team member, checking the times first', async () => {
    const { user, fetch } = await renderPage('fi');
    const form = await screen.findByRole('form', { name: 'Kirjaa poissaolo' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Ammattilainen' }), 'Riitta Aalto');
    const start = within(form).getByRole('textbox', { name: /Alkamisaika/ });
    await user.clear(start);
    await user.type(start, '8,30');
    await user.click(within(form).getByRole('button', { name: 'Kirjaa poissaolo' }));
    expect(within(form).getByText('Kirjoita kellonaika muodossa 8.00 tai 08:00.')).toBeTruthy();
    await user.clear(start);
    await user.type(start, '8.30');
    await user.type(within(form).getByRole('textbox', { name: /Lisätieto/ }), 'Koulutus');
    await user.click(within(form).getByRole('button', { name: 'Kirjaa poissaolo' }));
    expect(await screen.findByText(/^Poissaolo kirjattiin: Riitta Aalto/)).toBeTruthy();
    const sent = fetch.mock.calls.map((call) => JSON.parse(String(call[1]?.body)) as { variables: { input?: unknown } }).find((body) => body.variables.input);
    const today = helsinkiDate();
    expect(sent?.variables.input).toEqual({
      staffId: 'riitta', startsAt: helsinkiToUtc(today, '08:30').toISOString(), endsAt: helsinkiToUtc(today, '16:00').toISOString(), note: 'Koulutus',
    });
  });
});
