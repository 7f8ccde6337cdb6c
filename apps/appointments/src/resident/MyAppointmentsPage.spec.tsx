import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, renderWithProviders } from '@luotsi/testing';
import manifest from '../module';
import type { MovableTimesQuery, MyAppointmentsQuery } from '../gql/graphql';
import MyAppointmentsPage from './MyAppointmentsPage';

afterEach(() => cleanup());

type Appointment = MyAppointmentsQuery['myAppointments'][number];
const name = (text: string, language: 'fi' | 'sv' = 'sv', isFallback = false) => ({ text, language, isFallback });
// Times are UTC instants, as the BFF sends them; the page shows them in Helsinki time (UTC+2 in winter).
const firstContact: Appointment = {
  id: 'e1', startsAt: '2026-11-25T08:00:00.000Z', endsAt: '2026-11-25T09:00:00.000Z', cancellable: true, movable: true, service: 'FAMILY_COUNSELLING',
  contactMode: 'VISIT',
  type: { code: 'first-contact', name: name('Första kontakt') },
  unit: { id: 'u1', name: name('Familjerådgivningen i Esbo') },
};
const homeVisit: Appointment = {
  id: 'e2', startsAt: '2026-12-01T07:00:00.000Z', endsAt: '2026-12-01T08:30:00.000Z', cancellable: false, movable: false, service: 'FAMILY_HOME_HELP',
  contactMode: null,
  type: { code: 'home-visit', name: name('Hembesök') },
  unit: { id: 'u2', name: name('Espoon kotihoito', 'fi', true) },
};
const freeTimes: MovableTimesQuery['movableTimes'] = [
  { id: 'f1', startsAt: '2026-11-26T11:00:00.000Z', endsAt: '2026-11-26T12:30:00.000Z', contactMode: 'PHONE', unit: { id: 'u1', name: name('Familjerådgivningen i Esbo') } },
  { id: 'f2', startsAt: '2026-12-02T08:00:00.000Z', endsAt: '2026-12-02T09:30:00.000Z', contactMode: 'VISIT', unit: { id: 'u3', name: name('Familjerådgivningen i Pohjois-Espoo') } },
];

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

/**
 * A fake BFF that keeps the resident's times: cancelling removes one, moving replaces it; `takeOnMove`
 * answers the first move with SLOT_TAKEN, as when someone else got the time first.
 */
function fakeBff(options: { appointments?: Appointment[]; takeOnMove?: boolean; error?: unknown } = {}) {
  let mine = [...(options.appointments ?? [firstContact, homeVisit])];
  let takeOnMove = options.takeOnMove ?? false;
  return vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { query, variables } = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, string> };
    if (options.error) return json(options.error);
    if (query.includes('cancelMyAppointment')) {
      const found = mine.some((a) => a.id === variables['id']);
      mine = mine.filter((a) => a.id !== variables['id']);
      return json({ data: { cancelMyAppointment: found ? variables['id'] : null } });
    }
    if (query.includes('movableTimes')) return json({ data: { movableTimes: freeTimes } });
    if (query.includes('moveMyAppointment')) {
      if (takeOnMove) {
        takeOnMove = false;
        return json({ data: { moveMyAppointment: { problem: 'SLOT_TAKEN', appointment: null, nextFreeTimes: freeTimes.slice(1) } } });
      }
      const to = freeTimes.find((f) => f.id === variables['toSlotId'])!;
      const moved = { ...firstContact, id: to.id, startsAt: to.startsAt, endsAt: to.endsAt };
      mine = mine.map((a) => (a.id === variables['id'] ? moved : a));
      return json({ data: { moveMyAppointment: { problem: null, appointment: { id: to.id, startsAt: to.startsAt, endsAt: to.endsAt }, nextFreeTimes: [] } } });
    }
    return json({ data: { myAppointments: mine } });
  });
}

async function renderPage(language: Language, fetch = fakeBff()) {
  const client = new GraphqlClient({ language: () => language, fetch });
  const wrapper = ({ children }: { children: ReactNode }) => <GraphqlProvider client={client}>{children}</GraphqlProvider>;
  const result = await renderWithProviders(<MyAppointmentsPage language={language} area="resident" to={(p) => p} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper,
  });
  return { ...result, fetch };
}

const sent = (fetch: ReturnType<typeof fakeBff>) => fetch.mock.calls.map((c) => JSON.parse(String(c[1]?.body)) as { query: string; variables: unknown });

describe('My appointments', { timeout: 30_000 }, () => {
  it('shows the resident her upcoming times in Helsinki time, with type, service and unit', async () => {
    const { container, fetch } = await renderPage('sv');
    expect(screen.getByRole('heading', { level: 1, name: 'Mina tider' })).toBeTruthy();
    const first = within((await screen.findByRole('heading', { level: 3, name: 'Första kontakt' })).closest('li') as HTMLElement);
    expect(first.getByText('ons 25.11.2026 10.00–11.00')).toBeTruthy();
    expect(first.getByText('Familjerådgivning')).toBeTruthy();
    expect(first.getByText('Familjerådgivningen i Esbo')).toBeTruthy();
    // How the first contact happens; a time without a mode says nothing of it.
    expect(first.getByText('Kom till mötet på enheten.')).toBeTruthy();
    const second = within(screen.getByRole('heading', { level: 3, name: 'Hembesök' }).closest('li') as HTMLElement);
    expect(second.getByText('tis 1.12.2026 9.00–10.30')).toBeTruthy();
    expect(second.queryByText('Kontakt')).toBeNull();
    expect(second.getByText('Espoon kotihoito').getAttribute('lang')).toBe('fi');
    expect(sent(fetch)[0]?.query).toContain('myAppointments');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('offers each time as a calendar file to download, and cancel or move only where they are allowed', async () => {
    await renderPage('sv');
    const first = within((await screen.findByRole('heading', { level: 3, name: 'Första kontakt' })).closest('li') as HTMLElement);
    const link = first.getByRole('link', { name: 'Ladda ner till kalendern (.ics)' });
    expect(link.getAttribute('href')).toBe('/api/appointments/e1.ics?lang=sv');
    expect(link.hasAttribute('download')).toBe(true);
    expect(first.getByRole('button', { name: 'Avboka tiden' })).toBeTruthy();
    expect(first.getByRole('button', { name: 'Flytta tiden' })).toBeTruthy();
    const second = within(screen.getByRole('heading', { level: 3, name: 'Hembesök' }).closest('li') as HTMLElement);
    expect(second.getByRole('link', { name: 'Ladda ner till kalendern (.ics)' }).getAttribute('href')).toBe('/api/appointments/e2.ics?lang=sv');
    expect(second.queryByRole('button')).toBeNull();
  });

  it('cancels a time after the resident confirms it, and says so', async () => {
    const { user, fetch, container } = await renderPage('sv');
    const first = within((await screen.findByRole('heading', { level: 3, name: 'Första kontakt' })).closest('li') as HTMLElement);
    await user.click(first.getByRole('button', { name: 'Avboka tiden' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vill du avboka tiden?' });
    expect(within(dialog).getByText(/ons 25\.11\.2026 10\.00–11\.00/)).toBeTruthy();
    let violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
    // Changing one's mind sends nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Avboka inte' }));
    expect(sent(fetch).some((r) => r.query.includes('cancelMyAppointment'))).toBe(false);

    await user.click(first.getByRole('button', { name: 'Avboka tiden' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ja, avboka tiden' }));
    expect((await screen.findByText(/Tiden ons 25\.11\.2026 10\.00–11\.00 är avbokad/)).closest('[role="status"]')).toBeTruthy();
    expect(sent(fetch).filter((r) => r.query.includes('cancelMyAppointment')).map((r) => r.variables)).toEqual([{ id: 'e1' }]);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Kommande tider' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Hembesök' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 3, name: 'Första kontakt' })).toBeNull();
    violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('moves a time to another free time the resident chooses', async () => {
    const { user, fetch, container } = await renderPage('fi', fakeBff({ appointments: [{ ...firstContact, type: { code: 'first-contact', name: name('Ensikontakti', 'fi') } }] }));
    await user.click(await screen.findByRole('button', { name: 'Siirrä aika' }));
    const dialog = await screen.findByRole('dialog', { name: 'Valitse uusi aika' });
    // Each free time says how the contact happens (any way in the same service will do).
    const choice = await within(dialog).findByRole('radio', { name: 'to 26.11.2026 13.00–14.30, Familjerådgivningen i Esbo, puhelu' });
    expect(within(dialog).getByRole('radio', { name: 'ke 2.12.2026 10.00–11.30, Familjerådgivningen i Pohjois-Espoo, käynti yksikössä' })).toBeTruthy();
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
    // Nothing chosen yet: the page asks for a choice instead of sending.
    await user.click(within(dialog).getByRole('button', { name: 'Siirrä valittuun aikaan' }));
    expect(within(dialog).getByText('Valitse ensin uusi aika.')).toBeTruthy();
    await user.click(choice);
    await user.click(within(dialog).getByRole('button', { name: 'Siirrä valittuun aikaan' }));
    expect(await screen.findByText(/Aika on siirretty: uusi aika to 26\.11\.2026 13\.00–14\.30/)).toBeTruthy();
    expect(sent(fetch).filter((r) => r.query.includes('moveMyAppointment')).map((r) => r.variables)).toEqual([{ id: 'e1', toSlotId: 'f1' }]);
    expect(await screen.findByText('to 26.11.2026 13.00–14.30')).toBeTruthy();
  });

  it('offers other free times when the chosen one was taken meanwhile', async () => {
    const { user } = await renderPage('en', fakeBff({ takeOnMove: true }));
    await user.click(await screen.findByRole('button', { name: 'Move the appointment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Choose a new time' });
    await user.click(await within(dialog).findByRole('radio', { name: /^Thu, 26 Nov 2026/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Move to the chosen time' }));
    expect(await within(dialog).findByText('Someone booked the time you chose just before you. Choose another time.')).toBeTruthy();
    expect(within(dialog).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['f2']);
    await user.click(within(dialog).getByRole('radio'));
    await user.click(within(dialog).getByRole('button', { name: 'Move to the chosen time' }));
    expect(await screen.findByText(/The appointment is moved: the new time is Wed, 2 Dec 2026/)).toBeTruthy();
  });

  it('loads the dialogs on first use, keeping focus on the button, and returns focus there on Escape', async () => {
    const { user } = await renderPage('en');
    const cancel = await screen.findByRole('button', { name: 'Cancel the appointment' });
    // The list renders without any dialog.
    expect(document.querySelector('dialog')).toBeNull();
    await user.click(cancel);
    const dialog = await screen.findByRole('dialog', { name: 'Cancel the appointment?' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(cancel);
    // Loaded once: the second opening needs no loading.
    await user.click(cancel);
    expect(await screen.findByRole('dialog', { name: 'Cancel the appointment?' })).toBeTruthy();
  });

  it('writes the time the English way', async () => {
    await renderPage('en');
    expect(await screen.findByText('Wed, 25 Nov 2026, 10:00–11:00')).toBeTruthy();
  });

  it('says so when there are no upcoming times', async () => {
    await renderPage('fi', fakeBff({ appointments: [] }));
    expect(await screen.findByText('Sinulla ei ole tulevia aikoja.')).toBeTruthy();
  });

  it('tells the reader when the times cannot be loaded', async () => {
    await renderPage('fi', fakeBff({ error: { errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }] } }));
    expect((await screen.findByRole('alert')).textContent).toContain('Kirjaudu sisään jatkaaksesi.');
  });
});
