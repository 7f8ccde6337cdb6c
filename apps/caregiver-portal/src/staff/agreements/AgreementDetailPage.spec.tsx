import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, renderWithProviders } from '@luotsi/testing';
import manifest from '../../module';
import type { CaregiverUnitAgreementQuery } from '../../gql/graphql';
import { AgreementDetailView } from './AgreementDetailPage';

afterEach(() => cleanup());

type Agreement = NonNullable<CaregiverUnitAgreementQuery['unitCareAgreement']>;
type Version = Agreement['versions'][number];
const draft: Version = {
  id: 'v1', version: 1, status: 'DRAFT', language: 'fi', templateId: 't1', text: 'Hoitopalkkio [monthlyFee] kuukaudessa.', missingFields: [],
  caredPersonName: 'Aune Omaishoitaja', feeClass: '2', monthlyFeeCents: 78_000, perDayFeeCents: null, perTaskFeeCents: null, daysOffPerMonth: 3,
  daysOffAgreed: false, validFrom: '2027-01-01', validTo: null, paymentSchedule: 'MONTHLY', sentAt: null, returnedAt: null, returnComment: null,
  carerSignedAt: null, carerSignerName: null, countersignedAt: null, countersignedByName: null, pdfUrl: null, pdfSha256: null,
};
const agreementWith = (versions: Version[], status: Agreement['status'] = 'DRAFT'): CaregiverUnitAgreementQuery => ({
  unitCareAgreement: {
    id: 'a1', type: 'INFORMAL_CARE', status, endingSoon: false, validTo: null, carer: { id: 'p1', firstName: 'Olli', lastName: 'Omaishoitaja' },
    unit: { id: 'u1', name: { text: 'Omaishoidon tuki, eteläinen palvelualue', language: 'fi', isFallback: false } }, versions,
  },
  careAgreementTemplates: [{ id: 't1', type: 'INFORMAL_CARE', name: { text: 'Omaishoitosopimus' } }],
});

function fakeBff(answers: Record<string, unknown | (() => unknown)>) {
  return vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const name = /(?:query|mutation) (\w+)/.exec(String(init?.body))?.[1] ?? '';
    const answer = answers[name];
    return new Response(JSON.stringify(typeof answer === 'function' ? (answer as () => unknown)() : answer), { headers: { 'content-type': 'application/json' } });
  });
}

async function renderView(language: Language, fetch: ReturnType<typeof fakeBff>) {
  const client = new GraphqlClient({ language: () => language, fetch });
  const wrapper = ({ children }: { children: ReactNode }) => <GraphqlProvider client={client}>{children}</GraphqlProvider>;
  return renderWithProviders(<AgreementDetailView id="a1" language={language} area="staff" to={(p) => `/staff/caregiver-portal/${p}`} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: (lang: Language) => manifest.i18n.load(lang, 'staff') },
    wrapper,
  });
}

describe('the coordinator’s agreement page', () => {
  it('previews a draft, names the template fields still empty and sends nothing until they are filled', async () => {
    const fetch = fakeBff({ CaregiverUnitAgreement: { data: agreementWith([{ ...draft, missingFields: ['monthlyFee'] }]) } });
    const { container } = await renderView('fi', fetch);
    expect(await screen.findByRole('heading', { level: 1, name: 'Omaishoidon tuki: Olli Omaishoitaja' })).toBeTruthy();
    expect(screen.getByTestId('agreement-text').textContent).toBe('Hoitopalkkio [monthlyFee] kuukaudessa.');
    expect(screen.getByText(/Sopimuspohjassa on kenttiä, joita ei ole täytetty: monthlyFee/)).toBeTruthy();
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('countersigns a signed version, shows it in force and offers the PDF with its hash to the staff area', async () => {
    let active = false;
    const signed: Version = { ...draft, status: 'SIGNED', carerSignedAt: '2026-11-23T10:00:00.000Z', carerSignerName: 'Olli Omaishoitaja', pdfUrl: '/api/caregiving/agreements/v1.pdf', pdfSha256: 'ef'.repeat(32) };
    const fetch = fakeBff({
      CaregiverUnitAgreement: () => ({ data: agreementWith([active ? { ...signed, status: 'ACTIVE', countersignedAt: '2026-11-23T11:00:00.000Z', countersignedByName: 'Kaisa Koordinaattori' } : signed], active ? 'ACTIVE' : 'SIGNED') }),
      CaregiverCountersignAgreement: () => {
        active = true;
        return { data: { countersignCareAgreement: { id: 'v1', status: 'ACTIVE' } } };
      },
    });
    await renderView('sv', fetch);
    fireEvent.click(await screen.findByRole('button', { name: 'Bekräfta och sätt i kraft' }));
    expect(await screen.findByText('Avtalet är i kraft.')).toBeTruthy();
    await waitFor(() => expect(within(screen.getByTestId('agreement-history')).getByText('Kaisa Koordinaattori bekräftade 23.11.2026 13.00')).toBeTruthy());
    expect(screen.getByRole('link', { name: 'Ladda ner PDF för version 1' }).getAttribute('href')).toBe('/api/caregiving/agreements/v1.pdf?area=staff');
    expect(screen.getByRole('button', { name: 'Gör en ändring i avtalet' })).toBeTruthy();
  });

  it('tells the coordinator when someone else changed the version first', async () => {
    const fetch = fakeBff({
      CaregiverUnitAgreement: { data: agreementWith([draft]) },
      CaregiverSendAgreement: { errors: [{ message: 'invalid', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['versionId'], code: 'invalid' }] } }] },
    });
    await renderView('en', fetch);
    fireEvent.click(await screen.findByRole('button', { name: 'Send for signature' }));
    expect(await screen.findByText('The agreement changed in the meantime. Reload the page and check its state.')).toBeTruthy();
  });
});
