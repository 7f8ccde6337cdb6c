import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, renderWithProviders } from '@luotsi/testing';
import manifest from '../module';
import { en } from './i18n/en';
import { sv } from './i18n/sv';
import JobRunsPage from './JobRunsPage';

afterEach(cleanup);

const completed = {
  id: 'run-1', name: 'privacy.retention-purge', state: 'completed', createdAt: '2026-11-23T01:15:00.000Z',
  startedAt: '2026-11-23T01:15:01.000Z', completedAt: '2026-11-23T01:15:09.000Z', attempts: 1, error: null,
};
const failed = {
  id: 'run-2', name: 'services.catalogue-sync', state: 'failed', createdAt: '2026-11-23T02:00:00.000Z',
  startedAt: '2026-11-23T02:00:01.000Z', completedAt: '2026-11-23T02:20:00.000Z', attempts: 3, error: 'Catalogue API did not answer',
};

/** The page with the module's real texts and a stand-in BFF that answers by the `onlyFailed` variable. */
async function renderPage(language: Language, answer?: unknown) {
  const fetch = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const { variables } = JSON.parse(String(init?.body)) as { variables: { onlyFailed: boolean } };
    const body = answer ?? { data: { jobRuns: variables.onlyFailed ? [failed] : [failed, completed] } };
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  });
  const client = new GraphqlClient({ language: () => language, fetch });
  const result = await renderWithProviders(<JobRunsPage language={language} area="staff" to={(path) => path} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper: ({ children }: { children: ReactNode }) => <GraphqlProvider client={client}>{children}</GraphqlProvider>,
  });
  return { ...result, fetch };
}

describe('the background jobs page', () => {
  it('lists recent runs with their state, attempts and error in the reader’s language', async () => {
    await renderPage('sv');
    expect(screen.getByRole('heading', { level: 1, name: sv.jobs.title })).toBeTruthy();
    const table = await screen.findByRole('table', { name: sv.jobs.caption });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('services.catalogue-sync');
    expect(rows[1]!.textContent).toContain(sv.jobs.states.failed);
    expect(rows[1]!.textContent).toContain('Catalogue API did not answer');
    expect(rows[2]!.textContent).toContain(sv.jobs.states.completed);
  });

  it('shows only the failures when asked, by keyboard', async () => {
    const { fetch } = await renderPage('en');
    await screen.findByRole('table', { name: en.jobs.caption });
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard(' ');
    expect((screen.getByRole('checkbox', { name: en.jobs.onlyFailed }) as HTMLInputElement).checked).toBe(true);
    const table = await screen.findByRole('table', { name: en.jobs.failedCaption });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(JSON.parse(String(fetch.mock.calls.at(-1)?.[1]?.body))).toMatchObject({ variables: { onlyFailed: true } });
  });

  it('says so when there are no runs, and when the BFF cannot answer', async () => {
    await renderPage('en', { data: { jobRuns: [] } });
    expect(await screen.findByText(en.jobs.empty)).toBeTruthy();
    cleanup();
    await renderPage('fi', { errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] });
    expect(await screen.findByRole('alert')).toBeTruthy();
  });

  it('has no WCAG 2.1 A or AA violations that axe finds', async () => {
    const { container } = await renderPage('fi');
    await screen.findByRole('table');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
