import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, renderWithProviders } from '@luotsi/testing';
import { monthsBetween } from '@luotsi/appointments-domain';
import manifest from '../../module';
import type { CalendarStatisticsQuery } from '../../gql/graphql';
import StatisticsPage from './StatisticsPage';

// The page offers months around the current one: pin "now" to the demo Monday.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T06:00:00Z'));
});
afterAll(() => vi.useRealTimers());
afterEach(() => cleanup());

const name = (fi: string) => ({ text: fi, language: 'fi' as const, isFallback: false });
const entryTypes = [
  { code: 'client-visit', name: name('Asiakaskäynti') },
  { code: 'first-contact', name: name('Ensikontakti') },
  { code: 'absence', name: name('Poissaolo') },
];

/** A fake BFF answering for the months asked: all entries in the first month. */
function fakeBff() {
  return vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { variables } = JSON.parse(String(init?.body)) as { variables: { from: string; to: string } };
    const months = monthsBetween(variables.from, variables.to);
    const row = (key: string, count: number, hours: number) => ({
      key, count, hours, months: months.map((month, i) => ({ month, count: i === 0 ? count : 0, hours: i === 0 ? hours : 0 })),
    });
    const calendarStatistics: CalendarStatisticsQuery['calendarStatistics'] = {
      months,
      byType: [row('client-visit', 2, 2), row('first-contact', 3, 2.5), row('absence', 1, 9)],
      byService: [row('family-counselling', 5, 12.5), row('home-help', 1, 1)],
      firstContacts: months.map((month, i) => (i === 0 ? { month, booked: 3, fromAdvice: 1, sharePercent: 33.3 } : { month, booked: 0, fromAdvice: 0, sharePercent: null })),
      firstContactTotal: { booked: 3, fromAdvice: 1, sharePercent: 33.3 },
    };
    return new Response(JSON.stringify({ data: { calendarEntryTypes: entryTypes, calendarStatistics } }), { headers: { 'content-type': 'application/json' } });
  });
}

async function renderPage(language: Language) {
  const fetch = fakeBff();
  const client = new GraphqlClient({ language: () => language, fetch });
  const wrapper = ({ children }: { children: ReactNode }) => <GraphqlProvider client={client}>{children}</GraphqlProvider>;
  const result = await renderWithProviders(<StatisticsPage language={language} area="staff" to={(p) => p} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper,
  });
  return { ...result, fetch };
}

const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));

describe('Calendar statistics', () => {
  it('shows tables by type and by service per month, the share chart and a summary; axe clean', async () => {
    const { container, fetch } = await renderPage('fi');
    const byType = await screen.findByRole('table', { name: 'Merkinnät tyypeittäin ja kuukausittain: määrä ja tunnit' });
    expect(rowTexts(byType)).toEqual([
      ['Merkintätyyppi', 'lokakuu 2026', 'marraskuu 2026', 'joulukuu 2026', 'Yhteensä'],
      ['Asiakaskäynti', '2 (2 h)', '0 (0 h)', '0 (0 h)', '2 (2 h)'],
      ['Ensikontakti', '3 (2,5 h)', '0 (0 h)', '0 (0 h)', '3 (2,5 h)'],
      ['Poissaolo', '1 (9 h)', '0 (0 h)', '0 (0 h)', '1 (9 h)'],
    ]);
    const byService = screen.getByRole('table', { name: 'Merkinnät palveluittain ja kuukausittain: määrä ja tunnit' });
    expect(rowTexts(byService).map((r) => r[0])).toEqual(['Palvelu', 'Perheneuvola', 'Lapsiperheiden kotipalvelu']);
    const chart = screen.getByRole('figure', { name: 'Asiakasneuvonnasta suoraan varattujen ensikontaktien osuus kuukausittain' });
    expect(within(chart).getAllByRole('listitem').map((li) => (li.textContent ?? '').replace(/\s/g, ' '))).toEqual([
      'lokakuu 202633,3 % (1/3)',
      'marraskuu 2026ei varauksia',
      'joulukuu 2026ei varauksia',
    ]);
    expect(screen.getByText(/Varattuja ensikontakteja 3, joista asiakasneuvonnasta suoraan 1 \(33,3 %\)/)).toBeTruthy();
    expect(JSON.parse(String(fetch.mock.calls[0]?.[1]?.body)).variables).toEqual({ from: '2026-10', to: '2026-12' });
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('changes the period with the keyboard and refuses an end before the start (sv); axe clean', async () => {
    const { user, fetch, container } = await renderPage('sv');
    await screen.findByRole('table', { name: 'Anteckningar per typ och månad: antal och timmar' });
    const from = screen.getByRole('combobox', { name: 'Första månad' });
    const to = screen.getByRole('combobox', { name: 'Sista månad' });
    await user.selectOptions(to, 'september 2026');
    await user.click(screen.getByRole('button', { name: 'Visa' }));
    expect(screen.getByText('Den sista månaden kan inte vara före den första.')).toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(1);

    await user.selectOptions(from, 'november 2026');
    await user.selectOptions(to, 'november 2026');
    to.focus();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/Period november 2026: kalenderanteckningar 6/)).toBeTruthy();
    expect(JSON.parse(String(fetch.mock.calls.at(-1)?.[1]?.body)).variables).toEqual({ from: '2026-11', to: '2026-11' });
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
