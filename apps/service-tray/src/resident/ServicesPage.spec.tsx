import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import manifest from '../module';
import { axeViolations, describeViolations, fakeGraphql, pageProps, renderWithProviders } from '@luotsi/testing';
import ServicesPage from './ServicesPage';

afterEach(cleanup);

const sv = (text: string) => ({ text, language: 'sv', isFallback: false });
const fiOnly = (text: string) => ({ text, language: 'fi', isFallback: true });

const municipalities = {
  serviceMunicipalities: [
    { code: '049', name: sv('Esbo') },
    { code: '710', name: sv('Raseborg') },
  ],
};
const county = { id: 'o1', providerType: 'county', name: sv('Exempels välfärdsområde') };
const familyCounselling = { id: 's1', name: sv('Familjerådgivning'), summary: sv('Stöd i frågor om barnets utveckling.'), organization: county };
const familyCafe = {
  id: 's2', name: sv('Familjecafé'), summary: sv('En öppen mötesplats för föräldrar och småbarn.'),
  organization: { id: 'o2', providerType: 'ngo', name: sv('Familjeknuten rf') },
};
const peerGroup = {
  id: 's3', name: fiOnly('Omaishoitajien vertaisryhmä'), summary: fiOnly('Omaishoitajat tapaavat kerran kuukaudessa.'),
  organization: { id: 'o3', providerType: 'ngo', name: fiOnly('Läntisen Uudenmaan Omaishoitajat ry') },
};

function catalogueApi() {
  return fakeGraphql({
    ServiceMunicipalities: municipalities,
    ServiceCatalogue: (variables) => ({
      serviceCatalogue: variables['municipalityCode'] === '710' ? [familyCounselling, familyCafe] : [familyCounselling, familyCafe, peerGroup],
    }),
  });
}

async function renderPage(api: ReturnType<typeof fakeGraphql>) {
  return renderWithProviders(<ServicesPage {...pageProps('service-tray', 'sv', 'resident')} />, {
    language: 'sv',
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper: api.wrapper('sv'),
  });
}

describe('the service tray', () => {
  it('lists the region’s services with their provider and its kind, in the reader’s language', async () => {
    await renderPage(catalogueApi());
    expect(screen.getByRole('heading', { level: 1, name: 'Servicebrickan' })).toBeTruthy();
    const list = await screen.findByTestId('service-list');
    expect(within(list).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Familjerådgivning',
      'Familjecafé',
      'Omaishoitajien vertaisryhmä',
    ]);
    const cafe = within(list).getAllByRole('listitem')[1] as HTMLElement;
    expect(cafe.textContent).toContain('Producent: Familjeknuten rf · Organisation');
    expect(screen.getByRole('status').textContent).toBe('3 tjänster');
  });

  it('marks Finnish-only services with a note and their language', async () => {
    await renderPage(catalogueApi());
    const peer = await screen.findByRole('heading', { level: 3, name: 'Omaishoitajien vertaisryhmä' });
    expect(peer.getAttribute('lang')).toBe('fi');
    expect(screen.getAllByText('Det här innehållet finns bara på finska.')).toHaveLength(1);
    expect(screen.getByText('Läntisen Uudenmaan Omaishoitajat ry').getAttribute('lang')).toBe('fi');
  });

  it('shows one municipality’s services when the reader chooses it', async () => {
    const api = catalogueApi();
    const { user } = await renderPage(api);
    await screen.findByTestId('service-list');
    const select = screen.getByRole('combobox', { name: 'Kommun' });
    await screen.findByRole('option', { name: 'Raseborg' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Alla kommuner', 'Esbo', 'Raseborg']);
    await user.selectOptions(select, '710');
    await screen.findByText('2 tjänster');
    expect(screen.queryByRole('heading', { name: 'Omaishoitajien vertaisryhmä' })).toBeNull();
    expect(api.requests.filter((r) => r.operationName === 'ServiceCatalogue').map((r) => r.variables)).toEqual([
      { municipalityCode: null },
      { municipalityCode: '710' },
    ]);
  });

  it('says when the catalogue cannot be loaded', async () => {
    await renderPage(fakeGraphql({ ServiceMunicipalities: municipalities, ServiceCatalogue: new Error('boom') }));
    expect((await screen.findByRole('alert')).textContent).toContain('Något gick fel. Försök igen om en stund.');
  });

  it('has no accessibility violations', async () => {
    const { container } = await renderPage(catalogueApi());
    await screen.findByTestId('service-list');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
