import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, renderWithProviders } from '@luotsi/testing';
import manifest from '../../module';
import type { CalendarMineQuery } from '../../gql/graphql';
import CalendarPage from './CalendarPage';

type Entry = CalendarMineQuery['myCalendar']['entries'][number];
const text = (value: string) => ({ text: value, language: 'fi' as const, isFallback: false });
const unitId = '00000000-0000-4000-8000-0000000000a1';
const unit = { id: unitId, name: text('Espoon perheneuvola') };
const type = (code: string, name: string, clientWork = true) => ({ code, clientWork, name: text(name) });
const entries: Entry[] = [
  {
    id: 'e1', startsAt: '2026-11-23T06:30:00.000Z', endsAt: '2026-11-23T07:00:00.000Z', type: type('team-meeting', 'Tiimipalaveri', false), unit,
    client: null, title: 'Tiimi', reason: null, bookable: false, contactMode: null, seriesId: 's1', recurrence: { frequency: 'WEEKLY', interval: 1, weekdays: [1], count: null, until: null },
  },
  {
    id: 'e2', startsAt: '2026-11-25T08:00:00.000Z', endsAt: '2026-11-25T09:00:00.000Z', type: type('first-contact', 'Ensikontakti'), unit,
    client: { id: 'p1', firstName: 'Tessa', lastName: 'Testilä' }, title: null, reason: 'Perheen riidat', bookable: true, contactMode: 'VISIT', seriesId: null, recurrence: null,
  },
  {
    id: 'e3', startsAt: '2026-11-26T11:00:00.000Z', endsAt: '2026-11-26T12:30:00.000Z', type: type('first-contact', 'Ensikontakti'), unit,
    client: null, title: null, reason: null, bookable: true, contactMode: 'PHONE', seriesId: null, recurrence: null,
  },
];
const setup = {
  calendarEntryTypes: [type('client-visit', 'Asiakaskäynti'), type('team-meeting', 'Tiimipalaveri', false), type('first-contact', 'Ensikontakti')],
  staffMe: { id: 'me', units: [unit] },
  calendarColleagues: [{ id: 'tiina', firstName: 'Tiina', lastName: 'Tiiminvetäjä', title: text('Johtava psykologi') }],
};

interface Call {
  operation: string;
  variables: Record<string, unknown>;
}

/** A fake BFF answering the page's operations; `answers` overrides a mutation's reply. */
function fakeBff(answers: Record<string, unknown> = {}) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { query, variables } = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const operation = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '';
    calls.push({ operation, variables });
    const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    if (operation in answers) return json(answers[operation]);
    switch (operation) {
      case 'CalendarSetup':
        return json({ data: setup });
      case 'CalendarMine': {
        const holidays = variables.from === '2026-11-30' ? [{ date: '2026-12-06', name: 'Itsenäisyyspäivä' }] : [];
        const inRange = entries.filter((e) => e.startsAt.slice(0, 10) >= String(variables.from) && e.startsAt.slice(0, 10) < String(variables.to));
        return json({ data: { myCalendar: { entries: inRange, holidays } } });
      }
      case 'CalendarColleague':
        return json({
          data: {
            staffCalendar: {
              staff: { id: 'tiina', firstName: 'Tiina', lastName: 'Tiiminvetäjä' },
              entries: [{ startsAt: '2026-11-24T07:00:00.000Z', endsAt: '2026-11-24T08:00:00.000Z', kind: 'BUSY' }],
              holidays: [],
            },
          },
        });
      case 'CalendarCreateEntry':
        return json({ data: { createCalendarEntry: { problem: null, count: 52, overlaps: 0, skippedHolidays: [], entry: { id: 'new' } } } });
      case 'CalendarDeleteEntry':
        return json({ data: { deleteCalendarEntry: { problem: null, count: 40 } } });
      default:
        return json({ errors: [{ message: `unknown operation ${operation}` }] });
    }
  });
  return { fetch, calls };
}

async function renderPage(language: Language, search = '?view=week&date=2026-11-23', answers: Record<string, unknown> = {}) {
  window.history.replaceState(null, '', `/staff/appointments${search}`);
  const bff = fakeBff(answers);
  const client = new GraphqlClient({ language: () => language, fetch: bff.fetch });
  const wrapper = ({ children }: { children: ReactNode }) => <GraphqlProvider client={client}>{children}</GraphqlProvider>;
  const result = await renderWithProviders(<CalendarPage language={language} area="staff" to={(p) => p} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper,
  });
  return { ...result, calls: bff.calls };
}

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => cleanup());

describe('Calendar: views', () => {
  it('shows the week with each entry’s time, type and client by day, axe clean', async () => {
    const { container } = await renderPage('fi');
    const visit = await screen.findByRole('button', { name: /Tessa Testilä/ });
    expect(visit.textContent).toContain('10.00–11.00');
    expect(visit.textContent).toContain('Ensikontakti');
    // Listed under its day.
    const wednesday = screen.getByRole('list', { name: 'ke 25.11.2026' });
    expect(within(wednesday).getByRole('button').textContent).toContain('Tessa Testilä');
    expect(screen.getByRole('button', { name: /8\.30–9\.00.*Tiimipalaveri.*Tiimi.*Toistuva/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Vapaa varattava aika/ }).textContent).toContain('13.00–14.30');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('moves by week, keeps the view and date in the URL, and marks public holidays', async () => {
    const { user, calls } = await renderPage('fi');
    await screen.findByRole('button', { name: /Tessa Testilä/ });
    await user.click(screen.getByRole('button', { name: 'Seuraava viikko' }));
    expect(await screen.findByText('Pyhäpäivä: Itsenäisyyspäivä')).toBeTruthy();
    expect(window.location.search).toBe('?view=week&date=2026-11-30');
    expect(calls.filter((c) => c.operation === 'CalendarMine').at(-1)?.variables).toEqual({ from: '2026-11-30', to: '2026-12-07' });
  });

  it('lists the entries as a table in Swedish, axe clean', async () => {
    const { container } = await renderPage('sv', '?view=list&date=2026-11-25');
    const table = await screen.findByRole('table', { name: /^Anteckningar/ });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => row.querySelector('th')?.textContent);
    expect(rows).toEqual(['mån 23.11.2026 8.30–9.00', 'ons 25.11.2026 10.00–11.00', 'tors 26.11.2026 13.00–14.30']);
    expect(within(table).getByText('Tessa Testilä')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Redigera anteckningen Ensikontakti 25/ })).toBeTruthy();
    // A free first contact says how it happens; Tessa's booked one keeps its mode too.
    expect(within(table).getByText('Ledig bokningsbar tid, Yrkespersonen ringer')).toBeTruthy();
    expect(within(table).getByText('Besök på verksamhetsstället')).toBeTruthy();
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('shows a colleague’s calendar as free/busy only', async () => {
    const { user, container } = await renderPage('en');
    await screen.findByRole('button', { name: /Tessa Testilä/ });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Whose calendar' }), 'Tiina Tiiminvetäjä, Johtava psykologi');
    expect(await screen.findByText(/you see only busy and free times/)).toBeTruthy();
    expect(screen.getByText('Busy')).toBeTruthy();
    expect(screen.queryByText(/Tessa/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'New entry' })).toBeNull();
    expect(window.location.search).toContain('colleague=tiina');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('Calendar: editing with the keyboard', () => {
  it('creates a weekly meeting from the keyboard, sends it once and returns focus', async () => {
    const { user, calls } = await renderPage('en');
    const newEntry = await screen.findByRole('button', { name: 'New entry' });
    newEntry.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'New entry' });
    // The first field has focus; choose the type with the keyboard.
    expect(document.activeElement).toBe(within(dialog).getByRole('combobox', { name: 'Entry type' }));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Entry type' }), 'Tiimipalaveri');
    expect(within(dialog).queryByRole('textbox', { name: /identity code/ })).toBeNull();
    const start = within(dialog).getByLabelText(/^Starts/);
    await user.clear(start);
    await user.type(start, '08:30');
    const end = within(dialog).getByLabelText(/^Ends/);
    await user.clear(end);
    await user.type(end, '09:00');
    await user.type(within(dialog).getByRole('textbox', { name: /^Title/ }), 'Team');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Repeats' }), 'Weekly');
    expect((within(dialog).getByRole('checkbox', { name: 'Monday' }) as HTMLInputElement).checked).toBe(true);
    const dialogViolations = await axeViolations(document.body);
    expect(dialogViolations, describeViolations(dialogViolations)).toEqual([]);
    const save = within(dialog).getByRole('button', { name: 'Save' });
    save.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('52 entries saved.')).toBeTruthy();
    const created = calls.filter((c) => c.operation === 'CalendarCreateEntry');
    expect(created).toEqual([
      {
        operation: 'CalendarCreateEntry',
        variables: {
          input: {
            typeCode: 'team-meeting', unitId, date: '2026-11-23', startTime: '08:30', endTime: '09:00', clientPersonalIdentityCode: null,
            title: 'Team', bookable: false, contactMode: null, recurrence: { frequency: 'WEEKLY', interval: 1, weekdays: [1], count: null, until: null },
          },
        },
      },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New entry' }));
  });

  it('shows field errors in the reader’s language: its own check and the BFF’s', async () => {
    const answers = {
      CalendarCreateEntry: { errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'clientPersonalIdentityCode'], code: 'invalid' }] } }] },
    };
    const { user, calls } = await renderPage('sv', undefined, answers);
    await user.click(await screen.findByRole('button', { name: 'Ny anteckning' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ny anteckning' });
    const end = within(dialog).getByLabelText(/^Slutar/);
    await user.clear(end);
    await user.type(end, '08:00');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await within(dialog).findByText('Sluttiden måste vara efter starttiden.')).toBeTruthy();
    expect(calls.some((c) => c.operation === 'CalendarCreateEntry')).toBe(false);

    await user.clear(end);
    await user.type(end, '10:00');
    await user.type(within(dialog).getByRole('textbox', { name: /personbeteckning/ }), '010101A123N');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await within(dialog).findByText('Ingen klient hittades med den här personbeteckningen. Kontrollera beteckningen.')).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: /personbeteckning/ }).getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a bookable time on a public holiday before sending it', async () => {
    const { user, calls } = await renderPage('fi', '?view=week&date=2026-12-06');
    await user.click(await screen.findByRole('button', { name: 'Uusi merkintä' }));
    const dialog = await screen.findByRole('dialog', { name: 'Uusi merkintä' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Merkinnän tyyppi' }), 'Ensikontakti');
    await user.click(within(dialog).getByRole('checkbox', { name: /Julkaise varattavaksi/ }));
    await user.click(within(dialog).getByRole('radio', { name: 'Ammattilainen soittaa' }));
    await user.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    expect(await within(dialog).findByText('Pyhäpäivälle ei voi julkaista varattavaa aikaa. Valitse arkipäivä.')).toBeTruthy();
    expect(calls.some((c) => c.operation === 'CalendarCreateEntry')).toBe(false);
  });

  // Two rounds of the form and an axe run take a while on a busy machine.
  it('asks how a bookable first contact happens, and sends the choice', { timeout: 20_000 }, async () => {
    const { user, calls } = await renderPage('sv');
    await user.click(await screen.findByRole('button', { name: 'Ny anteckning' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ny anteckning' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Typ av anteckning' }), 'Ensikontakti');
    // Not bookable: no question of how.
    expect(within(dialog).queryByRole('radiogroup', { name: /Kontaktsätt/ })).toBeNull();
    await user.click(within(dialog).getByRole('checkbox', { name: /bokningsbar/ }));
    const modes = within(dialog).getByRole('radiogroup', { name: /Kontaktsätt/ });
    // Nothing chosen for the professional: a time never gets a mode by accident.
    expect(within(modes).getAllByRole('radio').map((r) => (r as HTMLInputElement).checked)).toEqual([false, false, false]);
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await within(dialog).findByText('Välj hur kontakten sker.')).toBeTruthy();
    expect(calls.some((c) => c.operation === 'CalendarCreateEntry')).toBe(false);
    const violations = await axeViolations(document.body);
    expect(violations, describeViolations(violations)).toEqual([]);

    await user.click(within(modes).getByRole('radio', { name: 'Distansmöte' }));
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await vi.waitFor(() => expect(calls.filter((c) => c.operation === 'CalendarCreateEntry')).toHaveLength(1));
    expect(calls.find((c) => c.operation === 'CalendarCreateEntry')?.variables).toMatchObject({
      input: { typeCode: 'first-contact', bookable: true, contactMode: 'REMOTE' },
    });
  });

  it('asks whether to delete one occurrence or the whole series; Escape closes without deleting', async () => {
    const { user, calls } = await renderPage('en');
    const meeting = await screen.findByRole('button', { name: /Tiimipalaveri/ });
    await user.click(meeting);
    let dialog = await screen.findByRole('dialog', { name: 'Edit entry' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(meeting);

    await user.click(meeting);
    dialog = await screen.findByRole('dialog', { name: 'Edit entry' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete the entry?' });
    await user.click(within(confirm).getByRole('radio', { name: 'The whole recurring series from now on' }));
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('40 entries deleted.')).toBeTruthy();
    expect(calls.filter((c) => c.operation === 'CalendarDeleteEntry').map((c) => c.variables)).toEqual([{ id: 'e1', scope: 'SERIES' }]);
  });

  it('says a client’s time is moved through cancellation or absences, and offers no delete', async () => {
    const { user } = await renderPage('fi');
    await user.click(await screen.findByRole('button', { name: /Tessa Testilä/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Muokkaa merkintää' });
    expect(within(dialog).getByText(/Tämä on asiakkaan aika/)).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Poista' })).toBeNull();
  });
});
