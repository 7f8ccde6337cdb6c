import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import manifest from '../../module';
import { axeViolations, describeViolations, fakeGraphql, pageProps, renderWithProviders } from '@luotsi/testing';
import { GuidanceSetEditor } from './GuidanceSetPage';
import GuidanceListPage from './GuidanceListPage';

afterEach(cleanup);

/** Types by pasting: one event instead of one per character (the tests stay quick on a busy machine). */
async function fill(user: { click: (e: Element) => Promise<void>; paste: (t: string) => Promise<void> }, element: Element, text: string) {
  await user.click(element);
  await user.paste(text);
}


const fi = (text: string) => ({ text, language: 'fi', isFallback: false });
const cafe = { id: '11111111-2222-4333-8444-555555555555', name: fi('Perhekahvila Kohtaamo'), organization: { id: 'o1', name: fi('Kohtaamo ry') } };
const setId = '0b7c1f8e-3d2a-4c5b-9e6f-1a2b3c4d5e6f';
const handover = { id: 'h1', channel: 'LINK', handedOverAt: '2026-11-23T08:00:00.000Z', expiresAt: '2027-02-21T08:00:00.000Z', linkPath: `/sv/service-tray/guidance/${'T'.repeat(43)}` };

function api() {
  return fakeGraphql({
    ServiceTrayGuidanceSearch: { searchServices: { total: 1, hits: [{ service: cafe }] } },
    ServiceTraySaveGuidanceSet: (variables) => ({
      saveGuidanceSet: (variables['input'] as { personalIdentityCode: string | null }).personalIdentityCode === '010101A123N'
        ? { problem: 'CLIENT_NOT_FOUND', set: null }
        : { problem: null, set: { id: setId, client: null } },
    }),
    ServiceTrayHandOverGuidanceSet: { handOverGuidanceSet: { problem: null, handover } },
  });
}

async function renderEditor(fake = api()) {
  const rendered = await renderWithProviders(<GuidanceSetEditor {...pageProps('service-tray', 'fi', 'staff')} draftKey="draft-key-1" saved={null} />, {
    language: 'fi',
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper: fake.wrapper('fi'),
  });
  return { fake, ...rendered };
}

describe('building a recommendation set', { timeout: 30_000 }, () => {
  it('adds a service with a note, saves the set for an unidentified client in Swedish and creates the link', async () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    const { fake, user } = await renderEditor();
    await fill(user, screen.getByRole('textbox', { name: 'Hae palvelua' }), 'perhekahvila');
    await user.click(screen.getByRole('button', { name: 'Hae' }));
    await user.click(await screen.findByRole('button', { name: 'Lisää suositukseen: Perhekahvila Kohtaamo' }));
    await fill(user, screen.getByRole('textbox', { name: /Huomio asiakkaalle: Perhekahvila Kohtaamo/ }), 'Öppet tisdagar.');
    await user.selectOptions(screen.getByRole('combobox', { name: /Asiakkaan kieli/ }), 'sv');
    await fill(user, screen.getByRole('textbox', { name: /Viesti asiakkaalle/ }), 'Ring gärna först.');
    await user.click(screen.getByRole('button', { name: 'Tallenna suositus' }));
    expect(await screen.findByText('Suositus on tallennettu.')).toBeTruthy();
    expect(fake.requests.find((r) => r.operationName === 'ServiceTraySaveGuidanceSet')?.variables).toEqual({
      input: { setId: null, draftKey: 'draft-key-1', personalIdentityCode: null, language: 'sv', note: 'Ring gärna först.', items: [{ serviceId: cafe.id, note: 'Öppet tisdagar.' }] },
    });
    // The address becomes the saved set's, so a reload opens it.
    expect(replace.mock.calls.map((call) => call[2])).toContain(`/staff/service-tray/guidance/${setId}`);
    // Messages need an identified client; the link and the print do not.
    expect(screen.getByRole('button', { name: 'Lähetä tekstiviestinä' }).hasAttribute('disabled')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Luo linkki' }));
    expect(await screen.findByText('Linkki on luotu')).toBeTruthy();
    expect(screen.getByRole('link', { name: `http://localhost:3000${handover.linkPath}` }).getAttribute('href')).toBe(handover.linkPath);
    const handoverRequest = fake.requests.find((r) => r.operationName === 'ServiceTrayHandOverGuidanceSet');
    expect(handoverRequest?.variables).toEqual({ input: { setId, channel: 'LINK', idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) } });
  });

  it('asks for at least one service and says when nobody has the identity code', async () => {
    const { fake, user } = await renderEditor();
    await user.click(screen.getByRole('button', { name: 'Tallenna suositus' }));
    expect(await screen.findByText('Lisää suositukseen vähintään yksi palvelu.')).toBeTruthy();
    expect(fake.requests.some((r) => r.operationName === 'ServiceTraySaveGuidanceSet')).toBe(false);
    await fill(user, screen.getByRole('textbox', { name: 'Hae palvelua' }), 'kahvila');
    await user.click(screen.getByRole('button', { name: 'Hae' }));
    await user.click(await screen.findByRole('button', { name: 'Lisää suositukseen: Perhekahvila Kohtaamo' }));
    await fill(user, screen.getByRole('textbox', { name: /Asiakkaan henkilötunnus/ }), '010101A123N');
    await user.click(screen.getByRole('button', { name: 'Tallenna suositus' }));
    expect(await screen.findByText(/Henkilötunnuksella ei löytynyt asiakasta/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Luo linkki' })).toBeNull();
  });

  it('has no accessibility violations', async () => {
    const { container, user } = await renderEditor();
    await fill(user, screen.getByRole('textbox', { name: 'Hae palvelua' }), 'kahvila');
    await user.click(screen.getByRole('button', { name: 'Hae' }));
    await user.click(await screen.findByRole('button', { name: 'Lisää suositukseen: Perhekahvila Kohtaamo' }));
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('the unit’s recommendation sets', { timeout: 30_000 }, () => {
  it('lists them with the client or "unidentified" and how they were given, and passes axe', async () => {
    const fake = fakeGraphql({
      ServiceTrayGuidanceSets: {
        guidanceSets: [
          { id: setId, language: 'sv', updatedAt: '2026-11-20T08:00:00.000Z', client: null, items: [{ serviceId: cafe.id }], handovers: [{ id: 'h1', channel: 'LINK' }, { id: 'h2', channel: 'PRINT' }] },
          { id: 'other', language: 'fi', updatedAt: '2026-11-19T08:00:00.000Z', client: { firstName: 'Tessa', lastName: 'Testilä' }, items: [], handovers: [] },
        ],
      },
    });
    const { container } = await renderWithProviders(<GuidanceListPage {...pageProps('service-tray', 'fi', 'staff')} />, {
      language: 'fi',
      namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
      wrapper: fake.wrapper('fi'),
    });
    const table = await screen.findByRole('table', { name: 'Yksikkösi palvelusuositukset' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Tunnistamaton asiakas', '20.11.2026', 'ruotsi', '1', 'linkki, tuloste'],
      ['Tessa Testilä', '19.11.2026', 'suomi', '0', 'Ei vielä annettu'],
    ]);
    expect(within(table).getByRole('link', { name: 'Tunnistamaton asiakas' }).getAttribute('href')).toBe(`/staff/service-tray/guidance/${setId}`);
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
