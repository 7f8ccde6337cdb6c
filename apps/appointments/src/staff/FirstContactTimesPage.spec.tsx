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
const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const times: Time[] = [
  { id: id(1), startsAt: '2026-11-23T07:00:00.000Z', endsAt: '2026-11-23T08:00:00.000Z', lengthMinutes: 60, contactMode: 'PHONE', service: 'FAMILY_HOME_HELP', professional: 'Satu Kallio', unit: unit('u1', 'Espoon kotihoito') },
  { id: id(2), startsAt: '2026-11-23T11:00:00.000Z', endsAt: '2026-11-23T12:30:00.000Z', lengthMinutes: 90, contactMode: 'VISIT', service: 'FAMILY_COUNSELLING', professional: 'Riitta Aalto', unit: unit('u2', 'Espoon perheneuvola') },
  { id: id(3), startsAt: '2026-11-24T08:00:00.000Z', endsAt: '2026-11-24T09:00:00.000Z', lengthMinutes: 60, contactMode: 'REMOTE', service: 'DISABILITY_SERVICES', professional: 'Heidi Virta', unit: unit('u3', 'Vammaispalvelut, Espoo') },
  { id: id(4), startsAt: '2026-11-26T11:00:00.000Z', endsAt: '2026-11-26T12:30:00.000Z', lengthMinutes: 90, contactMode: 'PHONE', service: 'FAMILY_COUNSELLING', professional: 'Pekka Perälä', unit: unit('u4', 'Pohjois-Espoon perheneuvola') },
];
/** A valid test code (individual number 936). */
const tessaCode = '150386-936F';

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
type Request = { query: string; variables: Record<string, unknown> };

/**
 * A fake BFF that filters by the service the page asks for, as the real one does, and answers
 * bookings in turn from `answers` (then books): a problem with the next free times, or field errors.
 */
function fakeBff(answers: ({ problem: string } | { fields: unknown[] } | { hold: Promise<void> })[] = []) {
  const queue = [...answers];
  return vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { query, variables } = JSON.parse(String(init?.body)) as Request;
    if (query.includes('serviceMunicipalities'))
      return json({ data: { serviceMunicipalities: [{ code: '049', name: { text: 'Espoo', language: 'fi', isFallback: false } }, { code: '091', name: { text: 'Helsinki', language: 'fi', isFallback: false } }] } });
    if (query.includes('bookFirstContact')) {
      const input = variables['input'] as { slotId: string };
      const answer = queue.shift();
      if (answer && 'hold' in answer) await answer.hold;
      if (answer && 'fields' in answer) return json({ errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', fields: answer.fields } }] });
      const time = times.find((t) => t.id === input.slotId)!;
      if (answer && 'problem' in answer)
        return json({ data: { bookFirstContact: { problem: answer.problem, booking: null, nextFreeTimes: times.filter((t) => t.service === time.service && t.id !== time.id) } } });
      return json({ data: { bookFirstContact: { problem: null, booking: { id: time.id, startsAt: time.startsAt, endsAt: time.endsAt, contactMode: time.contactMode, unit: time.unit }, nextFreeTimes: [] } } });
    }
    const firstContactTimes = times
      .filter((t) => (!variables['service'] || t.service === variables['service']) && (!variables['contactMode'] || t.contactMode === variables['contactMode']))
      .slice(0, Number(variables['limit']));
    return json({ data: { firstContactTimes } });
  });
}

async function renderPage(language: Language, fetch = fakeBff()) {
  const client = new GraphqlClient({ language: () => language, fetch });
  const wrapper = ({ children }: { children: ReactNode }) => <GraphqlProvider client={client}>{children}</GraphqlProvider>;
  const result = await renderWithProviders(<FirstContactTimesPage language={language} area="staff" to={(p) => p} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper,
  });
  return { ...result, fetch };
}

const bookings = (fetch: ReturnType<typeof fakeBff>) =>
  fetch.mock.calls.map((c) => JSON.parse(String(c[1]?.body)) as Request).filter((r) => r.query.includes('bookFirstContact')).map((r) => r.variables['input']);

/** Types a value in one go (a paste): as the advisor's input ends up, without a keystroke per character. */
async function fill(user: { click: (e: Element) => Promise<void>; paste: (text: string) => Promise<void> }, element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
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
      ['ma 23.11.2026 9.00–10.00', '60 min', 'Lapsiperheiden kotipalvelu', 'Puhelu', 'Espoon kotihoito', 'Satu Kallio', 'Varaa'],
      ['ma 23.11.2026 13.00–14.30', '90 min', 'Perheneuvola', 'Käynti toimipisteessä', 'Espoon perheneuvola', 'Riitta Aalto', 'Varaa'],
      ['ti 24.11.2026 10.00–11.00', '60 min', 'Vammaispalvelut', 'Etätapaaminen', 'Vammaispalvelut, Espoo', 'Heidi Virta', 'Varaa'],
      ['to 26.11.2026 13.00–14.30', '90 min', 'Perheneuvola', 'Puhelu', 'Pohjois-Espoon perheneuvola', 'Pekka Perälä', 'Varaa'],
    ]);
    expect(screen.getByText('4 vapaata aikaa')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Varaa ma 23.11.2026 13.00–14.30, Espoon perheneuvola' })).toBeTruthy();
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
      ['tis 24.11.2026 10.00–11.00', '60 min', 'Handikappservice', 'Distansmöte', 'Vammaispalvelut, Espoo', 'Heidi Virta', 'Boka'],
    ]);
    const lastRequest = JSON.parse(String(fetch.mock.calls.at(-1)?.[1]?.body)) as { variables: unknown };
    expect(lastRequest.variables).toEqual({ service: 'DISABILITY_SERVICES', contactMode: null, limit: 30 });
  });

  it('narrows the list to one way of contact, next to the service filter', async () => {
    const { user, fetch, container } = await renderPage('fi');
    await screen.findByRole('table');
    await user.tab();
    await user.tab();
    const select = screen.getByRole('combobox', { name: 'Yhteydenottotapa' });
    expect(document.activeElement).toBe(select);
    await user.selectOptions(select, 'Puhelu');
    await screen.findByText('2 vapaata aikaa');
    expect(rowTexts(screen.getByRole('table')).map((row) => [row[0], row[3]])).toEqual([
      ['ma 23.11.2026 9.00–10.00', 'Puhelu'],
      ['to 26.11.2026 13.00–14.30', 'Puhelu'],
    ]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Palvelu' }), 'Perheneuvola');
    await screen.findByText('1 vapaa aika');
    const lastRequest = JSON.parse(String(fetch.mock.calls.at(-1)?.[1]?.body)) as { variables: unknown };
    expect(lastRequest.variables).toEqual({ service: 'FAMILY_COUNSELLING', contactMode: 'PHONE', limit: 30 });
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('says so when there are no free times', async () => {
    const { user } = await renderPage('en');
    const select = await screen.findByRole('combobox', { name: 'Service' });
    await user.selectOptions(select, 'Youth services');
    expect(await screen.findByText('There are no free times.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

// Typing a whole form and running axe twice takes a while on a busy machine.
describe('Booking a first contact', { timeout: 30_000 }, () => {
  it('books the chosen time for a client by personal identity code and says what the client gets', async () => {
    const { user, fetch, container } = await renderPage('fi');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Palvelu' }), 'Perheneuvola');
    await screen.findByText('2 vapaata aikaa');
    await user.click(screen.getAllByRole('button', { name: /^Varaa / })[0]!);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Varaa ensikontakti' }));
    expect(screen.getByText(/ma 23\.11\.2026 13\.00–14\.30, Perheneuvola/)).toBeTruthy();
    let violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);

    await fill(user, screen.getByRole('textbox', { name: 'Henkilötunnus' }), tessaCode.toLowerCase());
    await fill(user, screen.getByRole('textbox', { name: /^Syy lyhyesti/ }), 'Perheen riidat, toivoo soittoa.');
    await user.click(screen.getByRole('button', { name: 'Vahvista varaus' }));

    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Aika varattu: ma 23.11.2026 13.00–14.30, Espoon perheneuvola.');
    // What the advisor tells the client on the call: how the contact happens.
    expect(status.textContent).toContain('Asiakas tulee toimipisteeseen; osoite näkyy hänelle Luotsissa.');
    expect(status.textContent).toContain('kalenteritiedoston (.ics)');
    expect(bookings(fetch)).toEqual([{ slotId: id(2), client: { personalIdentityCode: tessaCode }, reason: 'Perheen riidat, toivoo soittoa.' }]);
    violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Varaa toinen aika' }));
    expect(await screen.findByRole('table', { name: 'Vapaat ajat, aikaisin ensin' })).toBeTruthy();
  });

  it('offers the next free times when the time was taken, keeping what the advisor typed', async () => {
    const { user, fetch, container } = await renderPage('sv', fakeBff([{ problem: 'SLOT_TAKEN' }]));
    await user.click(await screen.findByRole('button', { name: 'Boka mån 23.11.2026 13.00–14.30, Espoon perheneuvola' }));
    await fill(user, screen.getByRole('textbox', { name: 'Personbeteckning' }), tessaCode);
    await fill(user, screen.getByRole('textbox', { name: /^Kort orsak/ }), 'Behöver stöd');
    await user.click(screen.getByRole('button', { name: 'Bekräfta bokningen' }));

    expect(await screen.findByText('Någon hann boka den här tiden strax före dig. Välj en annan tid nedan – uppgifterna i formuläret finns kvar.')).toBeTruthy();
    const next = screen.getByRole('table', { name: 'Följande lediga tider' });
    expect(rowTexts(next)).toEqual([['tors 26.11.2026 13.00–14.30', '90 min', 'Telefonsamtal', 'Pohjois-Espoon perheneuvola', 'Pekka Perälä', 'Välj']]);
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);

    await user.click(within(next).getByRole('button', { name: 'Välj tors 26.11.2026 13.00–14.30, Pohjois-Espoon perheneuvola' }));
    expect(screen.getByText(/tors 26\.11\.2026 13\.00–14\.30, Familjerådgivning/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Boka en första kontakt' }));
    expect((screen.getByRole('textbox', { name: /^Kort orsak/ }) as HTMLTextAreaElement).value).toBe('Behöver stöd');
    expect((screen.getByRole('textbox', { name: 'Personbeteckning' }) as HTMLInputElement).value).toBe(tessaCode);
    await user.click(screen.getByRole('button', { name: 'Bekräfta bokningen' }));
    const booked = (await screen.findByRole('status')).textContent;
    expect(booked).toContain('Tiden är bokad: tors 26.11.2026 13.00–14.30, Pohjois-Espoon perheneuvola.');
    expect(booked).toContain('Yrkespersonen ringer klienten.');
    expect(bookings(fetch).map((b) => (b as { slotId: string }).slotId)).toEqual([id(2), id(4)]);
  });

  it('suggests name and contact details when the code names nobody, and books with them', async () => {
    const { user, fetch, container } = await renderPage('fi', fakeBff([{ problem: 'CLIENT_NOT_FOUND' }]));
    await user.click(await screen.findByRole('button', { name: 'Varaa ti 24.11.2026 10.00–11.00, Vammaispalvelut, Espoo' }));
    await fill(user, screen.getByRole('textbox', { name: 'Henkilötunnus' }), tessaCode);
    await fill(user, screen.getByRole('textbox', { name: /^Syy lyhyesti/ }), 'Apuvälineet');
    await user.click(screen.getByRole('button', { name: 'Vahvista varaus' }));
    expect(await screen.findByText('Henkilötunnuksella ei löytynyt asiakasta. Tunnista asiakas nimellä ja yhteystiedoilla.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Tunnista nimellä ja yhteystiedoilla' }));
    expect((screen.getByRole('radio', { name: 'Nimellä ja yhteystiedoilla' }) as HTMLInputElement).checked).toBe(true);
    await fill(user, screen.getByRole('textbox', { name: 'Etunimi' }), 'Maija');
    await fill(user, screen.getByRole('textbox', { name: 'Sukunimi' }), 'Mäkelä');
    await user.type(screen.getByLabelText(/^Syntymäaika/), '1979-06-02');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Kotikunta' }), await screen.findByRole('option', { name: 'Espoo' }));
    await fill(user, screen.getByRole('textbox', { name: /^Puhelinnumero/ }), '040 765 4321');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Asiointikieli' }), 'ruotsi');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Vahvista varaus' }));

    expect((await screen.findByRole('status')).textContent).toContain('Aika varattu: ti 24.11.2026 10.00–11.00, Vammaispalvelut, Espoo.');
    expect(bookings(fetch).at(-1)).toEqual({
      slotId: id(3),
      client: { contact: { firstName: 'Maija', lastName: 'Mäkelä', birthDate: '1979-06-02', municipalityCode: '049', phone: '040 765 4321', email: null, language: 'sv' } },
      reason: 'Apuvälineet',
    });
  });

  it('shows what is wrong at each field, from the form and from the BFF', async () => {
    const { user, fetch } = await renderPage('en', fakeBff([{ fields: [{ path: ['input', 'client', 'contact', 'municipalityCode'], code: 'invalid-choice' }] }]));
    await user.click(await screen.findByRole('button', { name: 'Book Mon, 23 Nov 2026, 13:00–14:30, Espoon perheneuvola' }));
    await fill(user, screen.getByRole('textbox', { name: 'Personal identity code' }), '123');
    await user.click(screen.getByRole('button', { name: 'Confirm the booking' }));
    expect(screen.getByRole('textbox', { name: 'Personal identity code' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('textbox', { name: /^Short reason/ }).getAttribute('aria-invalid')).toBe('true');
    expect(bookings(fetch)).toEqual([]);

    await user.click(screen.getByRole('radio', { name: 'By name and contact details' }));
    await user.click(screen.getByRole('button', { name: 'Confirm the booking' }));
    for (const field of ['First name', 'Last name']) expect(screen.getByRole('textbox', { name: field }).getAttribute('aria-invalid')).toBe('true');
    // Phone or e-mail: the need for one of them shows at the phone.
    expect(screen.getByRole('textbox', { name: /^Phone number/ }).getAttribute('aria-invalid')).toBe('true');

    await fill(user, screen.getByRole('textbox', { name: 'First name' }), 'Maija');
    await fill(user, screen.getByRole('textbox', { name: 'Last name' }), 'Mäkelä');
    await user.type(screen.getByLabelText(/^Date of birth/), '1979-06-02');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Home municipality' }), await screen.findByRole('option', { name: 'Helsinki' }));
    await fill(user, screen.getByRole('textbox', { name: 'E-mail' }), 'maija@example.com');
    await fill(user, screen.getByRole('textbox', { name: /^Short reason/ }), 'Call in the morning');
    await user.click(screen.getByRole('button', { name: 'Confirm the booking' }));
    const municipality = await screen.findByRole('combobox', { name: 'Home municipality' });
    await vi.waitFor(() => expect(municipality.getAttribute('aria-invalid')).toBe('true'));
    expect(bookings(fetch)).toHaveLength(1);
  });

  it('sends one booking however often the button is pressed while it is on its way', async () => {
    let release = () => {};
    const hold = new Promise<void>((resolve) => (release = resolve));
    const { user, fetch } = await renderPage('fi', fakeBff([{ hold }]));
    await user.click(await screen.findByRole('button', { name: 'Varaa ma 23.11.2026 9.00–10.00, Espoon kotihoito' }));
    await fill(user, screen.getByRole('textbox', { name: 'Henkilötunnus' }), tessaCode);
    await fill(user, screen.getByRole('textbox', { name: /^Syy lyhyesti/ }), 'Kotiapu');
    await user.click(screen.getByRole('button', { name: 'Vahvista varaus' }));
    const submit = screen.getByRole('button', { name: /^Vahvista varaus/ });
    await vi.waitFor(() => expect(submit.getAttribute('aria-disabled')).toBe('true'));
    await user.click(submit);
    await user.keyboard('{Enter}');
    release();
    expect(await screen.findByText(/Aika varattu/)).toBeTruthy();
    expect(bookings(fetch)).toHaveLength(1);
  });
});
