import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, renderWithProviders } from '@luotsi/testing';
import manifest from '../module';
import type { MyCareAgreementsQuery } from '../gql/graphql';
import MyAgreementsPage from './MyAgreementsPage';

afterEach(() => cleanup());

const unit = { id: 'u1', name: { text: 'Stöd för närståendevård, södra serviceområdet', language: 'sv', isFallback: false } } as const;
const area = { text: 'Södra serviceområdet', language: 'sv', isFallback: false } as const;

const pirjo: MyCareAgreementsQuery = {
  myCareAgreements: [
    {
      id: 'a1', type: 'FAMILY_CARE', status: 'ACTIVE', caredPersonName: 'Sanni Järvi', validFrom: '2024-01-08', validTo: '2031-08-31',
      monthlyFeeCents: 96_635, daysOffPerMonth: 2, unit, serviceAreaName: area,
    },
    {
      id: 'a2', type: 'SUPPORT_PERSON', status: 'SENT', caredPersonName: null, validFrom: '2022-08-15', validTo: null,
      monthlyFeeCents: null, daysOffPerMonth: 1, unit, serviceAreaName: { text: 'Eteläinen palvelualue', language: 'fi', isFallback: true },
    },
  ],
  myCareAgreementsToSign: [],
};

function respondWith(body: unknown) {
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
}

async function renderPage(language: Language, fetch: ReturnType<typeof respondWith>) {
  const client = new GraphqlClient({ language: () => language, fetch });
  const wrapper = ({ children }: { children: ReactNode }) => <GraphqlProvider client={client}>{children}</GraphqlProvider>;
  return renderWithProviders(<MyAgreementsPage language={language} area="resident" to={(p) => p} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper,
  });
}

describe('My agreements', () => {
  it('shows the carer each agreement with its fee, days off and validity, in Swedish', async () => {
    const fetch = respondWith({ data: pirjo });
    const { container } = await renderPage('sv', fetch);

    expect(screen.getByRole('heading', { level: 1, name: 'Mina avtal' })).toBeTruthy();
    const familyCare = (await screen.findByRole('heading', { level: 2, name: 'Familjevård: Sanni Järvi' })).closest('li') as HTMLElement;
    const details = within(familyCare);
    expect(details.getByText('966,35 € per månad')).toBeTruthy();
    expect(details.getByText('2 dagar per månad')).toBeTruthy();
    expect(details.getByText('8.1.2024–31.8.2031')).toBeTruthy();
    expect(details.getByText('I kraft')).toBeTruthy();
    expect(details.getByText('Södra serviceområdet')).toBeTruthy();

    const support = within(screen.getByRole('heading', { level: 2, name: 'Stödperson' }).closest('li') as HTMLElement);
    expect(support.getByText('Inget månadsarvode')).toBeTruthy();
    expect(support.getByText('1 dag per månad')).toBeTruthy();
    expect(support.getByText('från och med 15.8.2022')).toBeTruthy();
    expect(support.getByText('Väntar på underskrift')).toBeTruthy();
    // Finnish-only database text is marked as Finnish for screen readers.
    expect(support.getByText('Eteläinen palvelualue').getAttribute('lang')).toBe('fi');

    const [, init] = fetch.mock.calls[0] ?? [];
    expect(String(init?.body)).toContain('myCareAgreements');
    expect((init?.headers as Record<string, string>)['x-luotsi-language']).toBe('sv');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  // Testing Library compares text with runs of white space (here the no-break space before €) made one space.
  it('formats the fee in Finnish and in English', async () => {
    await renderPage('fi', respondWith({ data: pirjo }));
    expect(await screen.findByText('966,35 € kuukaudessa')).toBeTruthy();
    cleanup();
    await renderPage('en', respondWith({ data: pirjo }));
    expect(await screen.findByText('€966.35 a month')).toBeTruthy();
  });

  it('says so when there are no agreements', async () => {
    await renderPage('fi', respondWith({ data: { myCareAgreements: [], myCareAgreementsToSign: [] } }));
    expect(await screen.findByText('Sinulla ei ole sopimuksia.')).toBeTruthy();
  });

  it('links each agreement and those waiting for the carer’s signature to their own page', async () => {
    const toSign = { id: 'a9', type: 'INFORMAL_CARE', caredPersonName: 'Aune Omaishoitaja' } as const;
    await renderPage('fi', respondWith({ data: { ...pirjo, myCareAgreementsToSign: [toSign] } }));
    const waiting = within((await screen.findByRole('heading', { level: 2, name: 'Odottaa allekirjoitustasi' })).closest('section') as HTMLElement);
    expect(waiting.getByRole('link', { name: 'Omaishoidon tuki: Aune Omaishoitaja' }).getAttribute('href')).toBe('agreements/a9');
    expect(screen.getAllByRole('link', { name: 'Avaa sopimus' }).map((a) => a.getAttribute('href'))).toEqual(['agreements/a1', 'agreements/a2']);
  });

  it('tells the reader when the agreements cannot be loaded', async () => {
    await renderPage('en', respondWith({ errors: [{ message: 'You do not have access to this.', extensions: { code: 'FORBIDDEN' } }] }));
    expect((await screen.findByRole('alert')).textContent).toContain('You do not have access to this information.');
  });
});
