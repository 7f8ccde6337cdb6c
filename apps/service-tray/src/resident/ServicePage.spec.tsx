import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route, Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import manifest from '../module';
import { axeViolations, describeViolations, fakeGraphql, pageProps, renderWithProviders } from '@luotsi/testing';
import ServicePage from './ServicePage';

afterEach(cleanup);

const sv = (text: string) => ({ text, language: 'sv', isFallback: false });
const fiOnly = (text: string) => ({ text, language: 'fi', isFallback: true });

const location = {
  id: 'c1',
  type: 'location',
  name: sv('Familjecenter Hagalund'),
  summary: null,
  address: { street: sv('Hagalundsgatan'), streetNumber: '4', postalCode: '02100', postOffice: sv('Esbo') },
  mapUrl: 'https://www.openstreetmap.org/?mlat=60.175600&mlon=24.805000#map=17/60.175600/24.805000',
  openNow: true,
  phones: [],
  emails: ['familjecenter@example.fi'],
  webPages: [],
  openingHours: [
    { kind: 'regular', validFrom: null, validTo: null, closed: false, alwaysOpen: false, intervals: [{ dayFrom: 1, dayTo: 5, from: '08:00', to: '16:00' }], additionalInformation: null },
    { kind: 'exceptional', validFrom: '2026-12-24', validTo: null, closed: true, alwaysOpen: false, intervals: [], additionalInformation: null },
  ],
  accessibility: [{ group: sv('Ingång'), sentences: [sv('Ingången är steglös.')] }],
};
const phone = {
  id: 'c2',
  type: 'phone',
  name: sv('Familjecentrets telefontjänst'),
  summary: null,
  address: null,
  mapUrl: null,
  openNow: false,
  phones: [{ number: '+358 9 816 45285', label: sv('Rådgivning'), chargeDescription: null }],
  emails: [],
  webPages: [{ url: 'https://example.fi/sv/familjecenter', name: 'Familjecenter', language: 'sv' }],
  openingHours: [],
  accessibility: [],
};
const service = {
  id: 's1',
  name: sv('Familjecenter – Hagalund'),
  summary: sv('Tjänster för barnfamiljer på samma ställe.'),
  description: null,
  userInstruction: sv('Kom till de öppna grupperna utan tidsbokning.'),
  chargeType: 'free',
  organization: { id: 'o1', providerType: 'county', name: sv('Exempels välfärdsområde') },
  channels: [location, phone],
};

async function renderPage(api: ReturnType<typeof fakeGraphql>, id = 's1') {
  const { hook } = memoryLocation({ path: `/service/${id}` });
  return renderWithProviders(
    <Router hook={hook}>
      <Route path="/service/:id">
        <ServicePage {...pageProps('service-tray', 'sv', 'resident')} />
      </Route>
    </Router>,
    { language: 'sv', namespaces: { [manifest.i18n.namespace]: manifest.i18n.load }, wrapper: api.wrapper('sv') },
  );
}

describe('the service page', () => {
  it('shows the service with its channels, address and map link, hours and "open now"', async () => {
    const api = fakeGraphql({ ServicePage: { service } });
    await renderPage(api);
    expect(await screen.findByRole('heading', { level: 1, name: 'Familjecenter – Hagalund' })).toBeTruthy();
    expect(api.requests[0]?.variables).toEqual({ id: 's1' });
    const [place, line] = screen.getAllByTestId('service-channel') as [HTMLElement, HTMLElement];
    expect(within(place).getByTestId('open-now').textContent).toBe('Öppet nu');
    expect(place.textContent).toContain('Hagalundsgatan 4, 02100 Esbo');
    const map = within(place).getByRole('link', { name: /Visa på kartan/ });
    expect(map.getAttribute('href')).toBe(location.mapUrl);
    expect(place.textContent).toMatch(/måndag–fredag 08:00–16:00/);
    expect(place.textContent).toContain('Stängt');
    expect(within(place).getByRole('link', { name: 'familjecenter@example.fi' }).getAttribute('href')).toBe('mailto:familjecenter@example.fi');
    expect(within(place).getByText('Ingången är steglös.')).toBeTruthy();
    expect(within(line).getByTestId('open-now').textContent).toBe('Stängt nu');
    expect(within(line).getByRole('link', { name: '+358 9 816 45285' }).getAttribute('href')).toBe('tel:+358981645285');
    expect(within(line).getByRole('link', { name: /Familjecenter/ }).getAttribute('href')).toBe('https://example.fi/sv/familjecenter');
    expect(screen.getByRole('link', { name: 'Tillbaka till tjänstesökningen' }).getAttribute('href')).toBe('/sv/service-tray');
  });

  it('says when the service is only in Finnish', async () => {
    await renderPage(fakeGraphql({ ServicePage: { service: { ...service, name: fiOnly('Perhekeskus – Tapiola'), summary: fiOnly('Lapsiperheiden palvelut.') } } }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Perhekeskus – Tapiola' });
    expect(heading.getAttribute('lang')).toBe('fi');
    expect(screen.getByText('Det här innehållet finns bara på finska.')).toBeTruthy();
  });

  it('says what to do when the service is not found', async () => {
    await renderPage(fakeGraphql({ ServicePage: { service: null } }), 'missing');
    expect(await screen.findByText(/Tjänsten hittades inte\. .*Sök tjänsten på nytt\./)).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('has no accessibility violations', async () => {
    const { container } = await renderPage(fakeGraphql({ ServicePage: { service } }));
    await screen.findByRole('heading', { level: 1, name: 'Familjecenter – Hagalund' });
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
