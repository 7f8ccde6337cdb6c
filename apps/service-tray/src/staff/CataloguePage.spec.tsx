import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import manifest from '../module';
import { axeViolations, describeViolations, fakeGraphql, pageProps, renderWithProviders } from '@luotsi/testing';
import CataloguePage from './CataloguePage';

afterEach(cleanup);

const fi = (text: string, isFallback = false) => ({ text, language: 'fi', isFallback });
const county = { id: 'o1', providerType: 'county', name: fi('Esimerkin hyvinvointialue') };
const parish = { id: 'o2', providerType: 'parish', name: fi('Espoon seurakunnat') };

function stats(municipalityCode: unknown) {
  const parishCount = municipalityCode === '078' ? 0 : 2;
  return {
    serviceCatalogueStats: {
      total: 9 + parishCount,
      byProviderType: [
        { providerType: 'county', count: 9 },
        { providerType: 'municipality', count: 0 },
        { providerType: 'ngo', count: 0 },
        { providerType: 'parish', count: parishCount },
        { providerType: 'company', count: 0 },
      ],
      byOrganization: [{ count: 9, organization: county }, ...(parishCount ? [{ count: parishCount, organization: parish }] : [])],
    },
  };
}

const catalogue = {
  serviceCatalogue: [
    { id: 's1', languages: ['fi', 'sv', 'en'], name: fi('Perheneuvola'), organization: county },
    { id: 's2', languages: ['sv'], name: { text: 'Familjecafé', language: 'sv', isFallback: true }, organization: parish },
  ],
};

function api() {
  return fakeGraphql({
    ServiceMunicipalities: { serviceMunicipalities: [{ code: '078', name: fi('Hanko') }] },
    ServiceCatalogueStats: (variables) => stats(variables['municipalityCode']),
    ServiceCuratorCatalogue: catalogue,
  });
}

async function renderPage(fake: ReturnType<typeof fakeGraphql>) {
  return renderWithProviders(<CataloguePage {...pageProps('service-tray', 'fi', 'staff')} />, {
    language: 'fi',
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper: fake.wrapper('fi'),
  });
}

const cells = (table: HTMLElement) =>
  within(table).getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));

describe('the curator’s catalogue overview', () => {
  it('counts the services by kind of provider and by organisation, with localized kinds', async () => {
    await renderPage(api());
    expect(await screen.findByText('Yhteensä 11 palvelua')).toBeTruthy();
    expect(cells(screen.getByRole('table', { name: 'Palvelut tuottajan tyypin mukaan' }))).toEqual([
      ['Hyvinvointialue', '9'],
      ['Kunta', '0'],
      ['Järjestö', '0'],
      ['Seurakunta', '2'],
      ['Yritys', '0'],
    ]);
    expect(cells(screen.getByRole('table', { name: 'Palvelut organisaatioittain' }))).toEqual([
      ['Esimerkin hyvinvointialue', 'Hyvinvointialue', '9'],
      ['Espoon seurakunnat', 'Seurakunta', '2'],
    ]);
  });

  it('lists the services with the languages they exist in', async () => {
    await renderPage(api());
    const table = await screen.findByRole('table', { name: 'Palveluluettelo' });
    expect(cells(table)).toEqual([
      ['Perheneuvola', 'Esimerkin hyvinvointialue', 'Hyvinvointialue', 'suomi, ruotsi, englanti'],
      ['Familjecafé', 'Espoon seurakunnat', 'Seurakunta', 'ruotsi'],
    ]);
    expect(within(table).getByText('Familjecafé').getAttribute('lang')).toBe('sv');
  });

  it('counts one municipality’s services when the curator chooses it', async () => {
    const fake = api();
    const { user } = await renderPage(fake);
    await screen.findByText('Yhteensä 11 palvelua');
    await screen.findByRole('option', { name: 'Hanko' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kunta' }), '078');
    expect(await screen.findByText('Yhteensä 9 palvelua')).toBeTruthy();
    expect(fake.requests.filter((r) => r.operationName === 'ServiceCatalogueStats').map((r) => r.variables)).toEqual([
      { municipalityCode: null },
      { municipalityCode: '078' },
    ]);
  });

  it('has no accessibility violations', async () => {
    const { container } = await renderPage(api());
    await screen.findByRole('table', { name: 'Palveluluettelo' });
    await screen.findByText('Yhteensä 11 palvelua');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
