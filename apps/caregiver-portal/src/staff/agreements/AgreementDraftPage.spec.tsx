import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, renderWithProviders } from '@luotsi/testing';
import manifest from '../../module';
import AgreementDraftPage from './AgreementDraftPage';
import { parseEuros } from './terms-form';

afterEach(() => cleanup());

const formData = {
  staffMe: { id: 's1', units: [{ id: 'u1', code: 'OMA-ETE', name: { text: 'Omaishoidon tuki, eteläinen', language: 'fi', isFallback: false } }] },
  careAgreementCarers: [{ id: 'p1', firstName: 'Pirjo', lastName: 'Perhehoitaja' }],
  careAgreementTemplates: [{ id: 't1', type: 'INFORMAL_CARE', name: { text: 'Omaishoitosopimus' } }],
};

function fakeBff(answers: Record<string, unknown>) {
  return vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const name = /(?:query|mutation) (\w+)/.exec(String(init?.body))?.[1] ?? '';
    return new Response(JSON.stringify(answers[name]), { headers: { 'content-type': 'application/json' } });
  });
}

async function renderPage(language: Language, fetch: ReturnType<typeof fakeBff>) {
  const client = new GraphqlClient({ language: () => language, fetch });
  const wrapper = ({ children }: { children: ReactNode }) => <GraphqlProvider client={client}>{children}</GraphqlProvider>;
  return renderWithProviders(<AgreementDraftPage language={language} area="staff" to={(p) => `/staff/caregiver-portal/${p}`} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: (lang: Language) => manifest.i18n.load(lang, 'staff') },
    wrapper,
  });
}

const bodies = (fetch: ReturnType<typeof fakeBff>, name: string) =>
  fetch.mock.calls.map(([, init]) => JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> }).filter((b) => b.query.includes(name));

describe('drafting an agreement', () => {
  it('reads euro amounts as cents', () => {
    expect([parseEuros('530'), parseEuros('530,5'), parseEuros('1 234,56 €'), parseEuros('12.3.4'), parseEuros('')]).toEqual([53_000, 53_050, 123_456, null, null]);
  });

  it('has labelled fields and no axe violations, in Swedish', async () => {
    const { container } = await renderPage('sv', fakeBff({ CaregiverDraftForm: { data: formData } }));
    expect(await screen.findByRole('combobox', { name: 'Avtalsmall' })).toBeTruthy();
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('finds a carer by identity code, fills the fee from the fee table and saves the terms once per form', async () => {
    const fetch = fakeBff({
      CaregiverDraftForm: { data: formData },
      CaregiverFindCarer: { data: { careAgreementCarerByIdentityCode: { id: 'p9', firstName: 'Olli', lastName: 'Omaishoitaja' } } },
      CaregiverCreateDraft: { errors: [{ message: 'invalid', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['terms', 'monthlyFeeCents'], code: 'out-of-range' }] } }] },
    });
    await renderPage('fi', fetch);
    expect(await screen.findByRole('heading', { level: 1, name: 'Uusi sopimus' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna luonnos' }));
    expect((await screen.findAllByText('Täytä tämä tieto.')).length).toBeGreaterThan(0);
    expect(bodies(fetch, 'CaregiverCreateDraft')).toHaveLength(0);

    fireEvent.change(screen.getByRole('textbox', { name: /Henkilötunnus/ }), { target: { value: '080761-918u' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hae' }));
    expect(await screen.findByText('Valittu: Olli Omaishoitaja')).toBeTruthy();
    expect(bodies(fetch, 'CaregiverFindCarer')[0]?.variables).toEqual({ code: '080761-918U' });

    fireEvent.change(screen.getByLabelText(/Voimassa alkaen/), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Hoidettava/ }), { target: { value: 'Aune Omaishoitaja' } });
    expect((screen.getByRole('textbox', { name: /Hoitopalkkio kuukaudessa/ }) as HTMLInputElement).value).toBe('530,00');
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna luonnos' }));
    await waitFor(() => expect(bodies(fetch, 'CaregiverCreateDraft')).toHaveLength(1));
    // The BFF's field error shows at the field; a second try carries the same key.
    expect(await screen.findByText('Palkkio on pienempi kuin lain mukainen vähimmäispalkkio tälle vuodelle. Korjaa summa.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna luonnos' }));
    await waitFor(() => expect(bodies(fetch, 'CaregiverCreateDraft')).toHaveLength(2));
    const [first, second] = bodies(fetch, 'CaregiverCreateDraft');
    expect(second?.variables['key']).toBe(first?.variables['key']);
    expect(first?.variables).toMatchObject({
      carerId: 'p9', unitId: 'u1',
      terms: { type: 'INFORMAL_CARE', templateId: 't1', caredPersonName: 'Aune Omaishoitaja', feeClass: '1', monthlyFeeCents: 53_000, daysOffPerMonth: 2, validFrom: '2026-12-01', validTo: null },
    });
  });
});
