import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, renderWithProviders } from '@luotsi/testing';
import manifest from '../../module';
import type { CaregiverMyAgreementQuery } from '../../gql/graphql';
import { AgreementView } from './AgreementPage';

afterEach(() => cleanup());

type Version = NonNullable<CaregiverMyAgreementQuery['myCareAgreement']>['versions'][number];
const base: Version = {
  id: 'v2', version: 2, status: 'SENT', language: 'fi', text: 'Tämä omaishoidon tuen sopimus on tehty omaishoitaja Olli Omaishoitaja ja hyvinvointialueen välillä.',
  caredPersonName: 'Aune Omaishoitaja', feeClass: '2', monthlyFeeCents: 78_000, perDayFeeCents: null, perTaskFeeCents: null, daysOffPerMonth: 3,
  daysOffAgreed: false, validFrom: '2027-01-01', validTo: null, sentAt: '2026-11-23T08:00:00.000Z', returnedAt: null, returnComment: null,
  carerSignedAt: null, carerSignerName: null, countersignedAt: null, countersignedByName: null, pdfUrl: null, pdfSha256: null,
};
const v1: Version = {
  ...base, id: 'v1', version: 1, status: 'ACTIVE', monthlyFeeCents: 53_000, feeClass: '1', validFrom: '2023-05-01',
  carerSignedAt: '2023-04-17T09:00:00.000Z', carerSignerName: 'Olli Omaishoitaja', countersignedAt: '2023-04-18T09:00:00.000Z',
  countersignedByName: 'Laura Ohjaaja', pdfUrl: '/api/caregiving/agreements/v1.pdf', pdfSha256: 'ab'.repeat(32),
};
const agreement = (versions: Version[]): CaregiverMyAgreementQuery => ({
  myCareAgreement: { id: 'a1', type: 'INFORMAL_CARE', status: 'ACTIVE', caredPersonName: 'Aune Omaishoitaja', versions },
});

/** A stand-in for the BFF: answers each operation by name and records what was sent. */
function fakeBff(answers: Record<string, unknown | (() => unknown)>) {
  return vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string };
    const name = /(?:query|mutation) (\w+)/.exec(body.query)?.[1] ?? '';
    const answer = answers[name];
    const data = typeof answer === 'function' ? (answer as () => unknown)() : answer;
    return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
  });
}

async function renderView(language: Language, fetch: ReturnType<typeof fakeBff>) {
  const client = new GraphqlClient({ language: () => language, fetch });
  const wrapper = ({ children }: { children: ReactNode }) => <GraphqlProvider client={client}>{children}</GraphqlProvider>;
  return renderWithProviders(<AgreementView id="a1" language={language} area="resident" to={(p) => `/${language}/caregiver-portal/${p}`} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper,
  });
}

const sentNames = (fetch: ReturnType<typeof fakeBff>) => fetch.mock.calls.map(([, init]) => /(?:query|mutation) (\w+)/.exec(String(init?.body))?.[1]);

describe('the carer’s agreement page', () => {
  it('shows the amendment to sign with its text and the history with the signed PDF, without axe violations', async () => {
    const fetch = fakeBff({ CaregiverMyAgreement: agreement([base, v1]) });
    const { container } = await renderView('fi', fetch);
    expect(await screen.findByRole('heading', { level: 1, name: 'Omaishoidon tuki: Aune Omaishoitaja' })).toBeTruthy();
    expect(screen.getByTestId('agreement-text').textContent).toContain('omaishoitaja Olli Omaishoitaja');
    expect(screen.getByText('780,00 € kuukaudessa')).toBeTruthy();
    const history = within(screen.getByTestId('agreement-history'));
    expect(history.getByText('Palkkionsaaja Olli Omaishoitaja allekirjoitti 17.4.2023 klo 12.00')).toBeTruthy();
    expect(history.getByRole('link', { name: 'Lataa version 1 PDF' }).getAttribute('href')).toBe('/api/caregiving/agreements/v1.pdf');
    expect(history.getByTestId('agreement-hash-1').textContent).toBe('ab'.repeat(32));
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('asks the carer to confirm having read it, then signs once', async () => {
    let signed = false;
    const fetch = fakeBff({
      CaregiverMyAgreement: () => agreement(signed ? [{ ...base, status: 'SIGNED', carerSignedAt: '2026-11-23T10:00:00.000Z', carerSignerName: 'Olli Omaishoitaja', pdfUrl: '/api/caregiving/agreements/v2.pdf', pdfSha256: 'cd'.repeat(32) }, v1] : [base, v1]),
      CaregiverSignAgreement: () => {
        signed = true;
        return { signCareAgreement: { id: 'v2', status: 'SIGNED', pdfSha256: 'cd'.repeat(32) } };
      },
    });
    await renderView('fi', fetch);
    fireEvent.click(await screen.findByRole('button', { name: 'Allekirjoita' }));
    expect(await screen.findByText('Vahvista, että olet lukenut sopimuksen, ennen kuin allekirjoitat.')).toBeTruthy();
    expect(sentNames(fetch)).not.toContain('CaregiverSignAgreement');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Olen lukenut sopimuksen ja hyväksyn sen ehdot' }));
    fireEvent.click(screen.getByRole('button', { name: 'Allekirjoita' }));
    expect(await screen.findByText('Allekirjoitit sopimuksen. Se tulee voimaan, kun hyvinvointialue on vahvistanut sen.')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('agreement-hash-2').textContent).toBe('cd'.repeat(32)));
    expect(sentNames(fetch).filter((n) => n === 'CaregiverSignAgreement')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Allekirjoita' })).toBeNull();
  });

  it('returns it with the carer’s comment, in Swedish', async () => {
    const fetch = fakeBff({ CaregiverMyAgreement: agreement([{ ...base, language: 'sv' }, v1]), CaregiverReturnAgreement: { returnCareAgreement: { id: 'v2', status: 'RETURNED' } } });
    await renderView('sv', fetch);
    fireEvent.click(await screen.findByRole('button', { name: 'Returnera avtalet' }));
    expect(await screen.findByText(/Vad borde rättas/)).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Vad borde rättas i avtalet/ }), { target: { value: 'Fel namn på den vårdade.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Returnera avtalet' }));
    expect(await screen.findByText('Du returnerade avtalet. Du får en rättad version att underteckna.')).toBeTruthy();
    const returned = fetch.mock.calls.find(([, init]) => String(init?.body).includes('CaregiverReturnAgreement'));
    expect(JSON.parse(String(returned?.[1]?.body)).variables).toEqual({ versionId: 'v2', comment: 'Fel namn på den vårdade.' });
  });

  it('says so when the agreement is not the reader’s', async () => {
    await renderView('en', fakeBff({ CaregiverMyAgreement: { myCareAgreement: null } }));
    expect(await screen.findByText('The agreement was not found. It may be someone else’s or not yet sent to you.')).toBeTruthy();
  });
});
