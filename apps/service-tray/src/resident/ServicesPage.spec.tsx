import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import manifest from '../module';
import { axeViolations, describeViolations, fakeGraphql, pageProps, renderWithProviders } from '@luotsi/testing';
import ServicesPage from './ServicesPage';

beforeEach(() => window.history.replaceState(null, '', '/sv/service-tray'));
afterEach(cleanup);

const sv = (text: string) => ({ text, language: 'sv', isFallback: false });
const fiOnly = (text: string) => ({ text, language: 'fi', isFallback: true });

const county = { id: 'o1', providerType: 'county', name: sv('Exempels välfärdsområde') };
const service = (id: string, name: ReturnType<typeof sv>, summary = sv('Tjänster för barnfamiljer.')) => ({
  distanceKm: null,
  service: { id, name, summary, chargeType: 'free', organization: county },
});
const centre = service('s1', sv('Familjecenter – Hagalund'));
const centre2 = service('s2', sv('Familjecenter – Alberga'));
const peer = service('s3', fiOnly('Vertaistukiryhmä'), fiOnly('Vertaistukea.'));

const facets = (selected: string[] = []) => [
  {
    facet: 'municipality',
    values: [
      { value: '049', count: 2, selected: selected.includes('049'), label: sv('Esbo') },
      { value: '444', count: 1, selected: false, label: sv('Lojo') },
    ],
  },
  { facet: 'targetGroup', values: [{ value: 'KR1.2', count: 3, selected: false, label: sv('Barn och barnfamiljer') }] },
  { facet: 'theme', values: [] },
  { facet: 'providerType', values: [{ value: 'county', count: 3, selected: false, label: null }] },
  { facet: 'channelType', values: [{ value: 'location', count: 3, selected: false, label: null }] },
  { facet: 'freeOfCharge', values: [{ value: 'true', count: 3, selected: false, label: null }] },
];

interface Input {
  query: string | null;
  municipalityCodes: string[];
  after?: string;
}

function searchApi() {
  return fakeGraphql({
    SearchServices: (variables) => {
      const input = variables['input'] as Input;
      if (input.query === 'zzz') return { searchServices: { query: 'zzz', sort: 'relevance', total: 0, nextCursor: null, suggestion: null, hits: [], facets: facets() } };
      if (input.query === 'familjecentre')
        return { searchServices: { query: 'familjecentre', sort: 'relevance', total: 1, nextCursor: null, suggestion: 'familjecenter', hits: [centre], facets: facets() } };
      if (input.after === 'c1') return { searchServices: { query: '', sort: 'name', total: 3, nextCursor: null, suggestion: null, hits: [peer], facets: facets() } };
      const espoo = input.municipalityCodes.includes('049');
      return {
        searchServices: {
          query: input.query ?? '',
          sort: input.query ? 'relevance' : 'name',
          total: espoo ? 2 : 3,
          nextCursor: espoo ? null : 'c1',
          suggestion: null,
          hits: [centre, centre2],
          facets: facets(input.municipalityCodes),
        },
      };
    },
  });
}

async function renderPage(api: ReturnType<typeof fakeGraphql>) {
  return renderWithProviders(<ServicesPage {...pageProps('service-tray', 'sv', 'resident')} />, {
    language: 'sv',
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper: api.wrapper('sv'),
  });
}

const inputs = (api: ReturnType<typeof fakeGraphql>) => api.requests.filter((r) => r.operationName === 'SearchServices').map((r) => r.variables['input'] as Input);

describe('the service search', () => {
  it('lists services with links to their pages, a count and facets with counts', async () => {
    await renderPage(searchApi());
    expect(screen.getByRole('heading', { level: 1, name: 'Servicebrickan' })).toBeTruthy();
    const list = await screen.findByTestId('service-list');
    const link = within(list).getByRole('link', { name: 'Familjecenter – Hagalund' });
    expect(link.getAttribute('href')).toBe('/sv/service-tray/service/s1');
    expect(screen.getByRole('status').textContent).toBe('3 tjänster');
    const municipality = screen.getByRole('group', { name: 'Kommun' });
    expect(within(municipality).getAllByRole('checkbox').map((c) => c.parentElement?.textContent)).toEqual(['Esbo (2)', 'Lojo (1)']);
    expect(screen.getByRole('checkbox', { name: 'Avgiftsfri (3)' })).toBeTruthy();
  });

  it('searches with the words typed, keeps them in the address, and Back returns to the earlier search', async () => {
    const api = searchApi();
    const { user } = await renderPage(api);
    await screen.findByTestId('service-list');
    await user.type(screen.getByRole('searchbox', { name: 'Sök tjänster' }), 'familjecenter');
    await user.click(screen.getByRole('button', { name: 'Sök' }));
    await waitFor(() => expect(inputs(api).at(-1)?.query).toBe('familjecenter'));
    expect(window.location.search).toBe('?q=familjecenter');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    await waitFor(() => expect(inputs(api).at(-1)?.query).toBeNull());
    expect((screen.getByRole('searchbox', { name: 'Sök tjänster' }) as HTMLInputElement).value).toBe('');
  });

  it('filters by a facet with a checkbox, and the filter can be removed', async () => {
    const api = searchApi();
    const { user } = await renderPage(api);
    await screen.findByTestId('service-list');
    await user.click(screen.getByRole('checkbox', { name: 'Esbo (2)' }));
    await screen.findByText('2 tjänster');
    expect(inputs(api).at(-1)?.municipalityCodes).toEqual(['049']);
    expect(window.location.search).toBe('?m=049');
    expect((screen.getByRole('checkbox', { name: 'Esbo (2)' }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Ta bort avgränsningarna' }));
    await screen.findByText('3 tjänster');
    expect(window.location.search).toBe('');
  });

  it('reads the search from the address on load', async () => {
    window.history.replaceState(null, '', '/sv/service-tray?q=familjecenter&m=049&free=1');
    const api = searchApi();
    await renderPage(api);
    await screen.findByTestId('service-list');
    expect(inputs(api)[0]).toMatchObject({ query: 'familjecenter', municipalityCodes: ['049'], freeOfCharge: true });
    expect((screen.getByRole('searchbox', { name: 'Sök tjänster' }) as HTMLInputElement).value).toBe('familjecenter');
  });

  it('shows more services with the cursor of the previous page', async () => {
    const api = searchApi();
    const { user } = await renderPage(api);
    await screen.findByTestId('service-list');
    await user.click(screen.getByRole('button', { name: 'Visa fler tjänster' }));
    await screen.findByRole('link', { name: 'Vertaistukiryhmä' });
    expect(inputs(api).at(-1)?.after).toBe('c1');
    expect(within(screen.getByTestId('service-list')).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText('Visar 3 av 3')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Visa fler tjänster' })).toBeNull();
    // The Finnish-only service says so, in the reader's language.
    expect(screen.getAllByText('Det här innehållet finns bara på finska.')).toHaveLength(1);
  });

  it('helps when nothing is found, and offers a corrected search', async () => {
    window.history.replaceState(null, '', '/sv/service-tray?q=zzz');
    await renderPage(searchApi());
    expect(await screen.findByText('Sökningen hittade inga tjänster.')).toBeTruthy();
    expect(screen.getByText(/kontrollera stavningen eller ta bort avgränsningar/)).toBeTruthy();
    expect(screen.getByText('0 tjänster')).toBeTruthy();
    cleanup();
    window.history.replaceState(null, '', '/sv/service-tray?q=familjecentre');
    const api = searchApi();
    const { user } = await renderPage(api);
    const suggestion = await screen.findByTestId('search-suggestion');
    expect(suggestion.textContent).toContain('Menade du:');
    await user.click(within(suggestion).getByRole('button', { name: 'familjecenter' }));
    await waitFor(() => expect(inputs(api).at(-1)?.query).toBe('familjecenter'));
  });

  it('says when the search fails', async () => {
    await renderPage(fakeGraphql({ SearchServices: new Error('boom') }));
    expect((await screen.findByRole('alert')).textContent).toContain('Något gick fel. Försök igen om en stund.');
  });

  it('has no accessibility violations', async () => {
    const { container } = await renderPage(searchApi());
    await screen.findByTestId('service-list');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
