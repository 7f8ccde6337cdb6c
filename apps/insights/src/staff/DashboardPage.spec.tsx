import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import { formatNumber, type Language } from '@luotsi/i18n';
import { axeViolations, describeViolations, renderWithProviders } from '@luotsi/testing';
import type { ReactNode } from 'react';
import manifest from '../module';
import DashboardPage from './DashboardPage';

type Cell = number | 'below' | 'protected';
const county: Record<string, Cell[]> = {
  'symptoms.assessments-completed': [1251, 1018, 830, 1172, 1357, 1366],
  'family.help-requests-received': [107, 95, 62, 116, 145, 142],
};
const west: Record<string, Cell[]> = {
  'symptoms.assessments-completed': [195, 171, 143, 184, 210, 243],
  'family.help-requests-received': [14, 8, 'below', 11, 8, 7],
};
const north: Record<string, Cell[]> = {
  'symptoms.assessments-completed': [346, 262, 249, 311, 352, 371],
  'family.help-requests-received': [11, 14, 'protected', 16, 24, 16],
};
const byArea: Record<string, Record<string, Cell[]>> = { '': county, LANSI: west, POHJOINEN: north };
const monthStarts = ['2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'];

const text = (fi: string, sv: string) => ({ fi, sv });
const indicators = [
  { id: 'symptoms.assessments-completed', name: text('Tehdyt oirearviot', 'Gjorda symptombedömningar'), definition: text('Loppuun asti täytetyt oirearviot.', 'Symptombedömningar som fyllts i till slut.') },
  { id: 'family.help-requests-received', name: text('Saapuneet Pyydä apua -yhteydenotot', 'Mottagna Be om hjälp-kontakter'), definition: text('Pyydä apua -painikkeella lähetetyt.', 'Skickade med Be om hjälp-knappen.') },
];
const areas = [
  { code: 'ESPOO', name: text('Espoon palvelualue', 'Esbo serviceområde') },
  { code: 'LANSI', name: text('Läntinen palvelualue', 'Västra serviceområdet') },
  { code: 'POHJOINEN', name: text('Pohjoinen palvelualue', 'Norra serviceområdet') },
];

interface Request {
  query: string;
  variables: Record<string, unknown>;
}

/** The BFF as the page sees it: answers the two operations from the tables above. */
function fakeBff(language: 'fi' | 'sv') {
  const requests: Request[] = [];
  const localized = (value: { fi: string; sv: string }) => ({ text: value[language], language, isFallback: false });
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const request = JSON.parse(String(init?.body)) as Request;
    requests.push(request);
    let data: unknown;
    if (request.query.includes('query InsightsDashboard')) {
      data = {
        indicators: indicators.map((i) => ({ id: i.id, name: localized(i.name), definition: localized(i.definition) })),
        insightsServiceAreas: areas.map((a) => ({ code: a.code, name: { text: a.name[language] } })),
      };
    } else {
      const { indicatorId, serviceAreaCode } = request.variables as { indicatorId: string; serviceAreaCode?: string | null };
      const cells = byArea[serviceAreaCode ?? '']?.[indicatorId] ?? [];
      data = {
        indicatorSeries: {
          suppressionThreshold: 5,
          points: cells.map((cell, i) => ({
            start: monthStarts[i],
            value: typeof cell === 'number' ? cell : null,
            suppressed: typeof cell !== 'number',
            suppression: cell === 'below' ? 'belowThreshold' : cell === 'protected' ? 'complementary' : null,
          })),
        },
      };
    }
    return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
  });
  return { fetch, requests };
}

async function renderPage(language: 'fi' | 'sv') {
  const bff = fakeBff(language);
  const client = new GraphqlClient({ language: () => language, fetch: bff.fetch as typeof globalThis.fetch });
  const wrapper = ({ children }: { children: ReactNode }) => <GraphqlProvider client={client}>{children}</GraphqlProvider>;
  const rendered = await renderWithProviders(<DashboardPage language={language as Language} area="staff" to={(path) => path} />, {
    language,
    namespaces: { insights: manifest.i18n.load },
    wrapper,
  });
  return { ...rendered, ...bff };
}

const n = (value: number, language: Language = 'fi') => formatNumber(value, language);

// axe-core over two charts and tables takes a few seconds in jsdom.
describe('insights dashboard', { timeout: 20_000 }, () => {
  beforeEach(() => {
    // Only the clock: the page shows the six whole months before "now".
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T10:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    cleanup();
  });

  it('shows each indicator of the county by month as a chart and as a table', async () => {
    const { requests, container } = await renderPage('fi');
    const table = await screen.findByRole('table', { name: 'Tehdyt oirearviot kuukausittain, Koko hyvinvointialue' });
    expect(requests.filter((r) => r.query.includes('InsightsIndicatorSeries')).map((r) => r.variables)).toContainEqual({
      indicatorId: 'symptoms.assessments-completed',
      from: '2026-05-01',
      to: '2026-10-31',
      serviceAreaCode: null,
    });
    expect(screen.getByText('Palvelujen käytön tunnusluvut kuukausittain, toukokuu 2026–lokakuu 2026.')).toBeTruthy();
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Kuukausi', 'Määrä']);
    const may = within(table).getByRole('row', { name: new RegExp('toukokuu 2026') });
    expect(within(may).getByRole('rowheader').textContent).toBe('toukokuu 2026');
    expect(within(may).getByRole('cell').textContent).toBe(n(1251));
    expect(within(table).getByRole('row', { name: /lokakuu 2026/ }).textContent).toContain(n(1366));

    const chart = screen.getByRole('img', { name: /^Pylväskaavio: Tehdyt oirearviot kuukausittain, Koko hyvinvointialue/ });
    const summary = `Suurin ${n(1366)} (lokakuu 2026), pienin ${n(830)} (heinäkuu 2026), viimeisin ${n(1366)} (lokakuu 2026).`;
    expect(chart.getAttribute('aria-label')).toContain(summary);
    expect(chart.querySelectorAll('rect')).toHaveLength(6);
    // The same summary is visible under the chart (Testing Library's text matcher would fold the
    // non-breaking spaces of the numbers, so compare the text itself).
    expect([...container.querySelectorAll('p')].filter((p) => p.textContent === summary)).toHaveLength(1);
    await screen.findByRole('table', { name: 'Saapuneet Pyydä apua -yhteydenotot kuukausittain, Koko hyvinvointialue' });
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('filters by service area and shows a suppressed small count as "< 5", never a number', async () => {
    const { user, requests, container } = await renderPage('fi');
    await screen.findByRole('table', { name: /Saapuneet Pyydä apua -yhteydenotot kuukausittain, Koko/ });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Palvelualue' }), 'LANSI');

    const table = await screen.findByRole('table', { name: 'Saapuneet Pyydä apua -yhteydenotot kuukausittain, Läntinen palvelualue' });
    expect(requests.at(-1)?.variables).toMatchObject({ serviceAreaCode: 'LANSI' });
    expect(screen.getByRole('status').textContent).toBe('Näytetään: Läntinen palvelualue');
    const july = within(table).getByRole('row', { name: /heinäkuu 2026/ });
    expect(within(july).getByText('< 5').getAttribute('aria-hidden')).toBe('true');
    expect(within(july).getByRole('cell').textContent).toBe('< 5alle 5');
    expect(within(table).getByRole('row', { name: /toukokuu 2026/ }).textContent).toContain('14');
    expect(screen.getByText('< 5: alle 5 tapahtuman lukuja ei näytetä, jotta yksittäistä asukasta ei voi tunnistaa.')).toBeTruthy();

    const chart = screen.getByRole('img', { name: /^Pylväskaavio: Saapuneet Pyydä apua -yhteydenotot kuukausittain, Läntinen palvelualue/ });
    expect(chart.getAttribute('aria-label')).toContain('1 kuukauden luku on piilotettu tietosuojan vuoksi.');
    expect(chart.querySelectorAll('rect')).toHaveLength(5);
    expect(within(chart).getByText('< 5')).toBeTruthy();
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('speaks Swedish and explains a figure hidden to protect another', async () => {
    const { user } = await renderPage('sv');
    await screen.findByRole('table', { name: 'Gjorda symptombedömningar per månad, Hela välfärdsområdet' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Serviceområde' }), 'POHJOINEN');
    const table = await screen.findByRole('table', { name: 'Mottagna Be om hjälp-kontakter per månad, Norra serviceområdet' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Månad', 'Antal']);
    expect(within(table).getByRole('row', { name: /juli 2026/ }).textContent).toBe('juli 2026skyddad');
    expect(screen.getByText(/^Skyddad: siffran har dolts/)).toBeTruthy();
    expect(screen.queryByText(/^< 5:/)).toBeNull();
  });
});
