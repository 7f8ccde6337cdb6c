import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import { axeViolations, describeViolations, renderWithProviders } from '@luotsi/testing';
import manifest from '../../module';
import PayrollRunPage from './PayrollRunPage';

afterEach(() => cleanup());

const run = {
  id: '11111111-1111-4111-8111-111111111111', month: '2026-10', status: 'computed', computedAt: '2026-11-20T08:00:00Z', computedByName: 'Kaisa Koordinaattori',
  exportedAt: null, paymentDate: '2026-11-13', totalCents: 99_085, payees: 1, rowCount: 2, waitingCount: 3, problemCount: 0,
  totals: [
    { payType: 'FAMILY_CARE_FEE', label: 'Perhehoidon hoitopalkkio', rows: 1, amountCents: 96_635, taxable: true },
    { payType: 'EXPENSE_CLAIM', label: 'Kulujen korvaus', rows: 1, amountCents: 2_450, taxable: false },
  ],
  rows: [
    { record: 'pay', carerId: 'c1', payeeName: 'Perhehoitaja Pirjo', payType: 'FAMILY_CARE_FEE', earningMonth: '2026-10', amountCents: 96_635 },
    { record: 'pay', carerId: 'c1', payeeName: 'Perhehoitaja Pirjo', payType: 'EXPENSE_CLAIM', earningMonth: '2026-10', amountCents: 2_450 },
  ],
};

function bff() {
  const calls: { query: string; variables: Record<string, unknown> }[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    calls.push(body);
    const data = body.query.includes('careRunServiceAreas')
      ? { careRunServiceAreas: [{ id: 'area-etela', code: 'ETELA', name: { text: 'Eteläinen palvelualue', language: 'fi', isFallback: false } }] }
      : body.query.includes('runCareMonth')
        ? { runCareMonth: { id: run.id } }
        : { careMonthlyRun: calls.some((c) => c.query.includes('runCareMonth')) ? run : null };
    return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
  });
  return { fetch, calls };
}

describe('the monthly run page', { timeout: 30_000 }, () => {
  it('computes the chosen area’s month and shows totals, waiting reports, rows and the CSV link', async () => {
    const { fetch, calls } = bff();
    const client = new GraphqlClient({ language: () => 'fi', fetch });
    const wrapper = ({ children }: { children: ReactNode }) => <GraphqlProvider client={client}>{children}</GraphqlProvider>;
    const { container } = await renderWithProviders(<PayrollRunPage language="fi" area="staff" to={(p) => p} />, {
      language: 'fi',
      namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
      wrapper,
    });
    expect(await screen.findByText('Tätä kuukautta ei ole vielä laskettu.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Laske kuukausi' }));
    expect(await screen.findByText(/Kaikki yhteensä 990,85\s€; saajia 1/)).toBeTruthy();
    const runCall = calls.find((c) => c.query.includes('runCareMonth'));
    expect(runCall?.variables['serviceAreaId']).toBe('area-etela');
    expect(screen.getByText(/3 sopimuksen ilmoitusta ei ole hyväksytty/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lataa palkanlaskennan CSV' }).getAttribute('href')).toBe(`/api/caregiving/payroll/${run.id}.csv`);
    expect(screen.getAllByRole('rowheader', { name: 'Perhehoitaja Pirjo' })).toHaveLength(2);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Merkitse lähetetyksi palkanlaskentaan' })).toBeTruthy());
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
