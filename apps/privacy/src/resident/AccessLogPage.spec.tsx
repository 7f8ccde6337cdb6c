import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, fakeGraphql, pageProps, renderWithProviders, type FakeAnswer } from '@luotsi/testing';
import manifest from '../module';
import AccessLogPage, { accessLogPageSize } from './AccessLogPage';
import { en, fi, sv } from '../texts.testing';

afterEach(cleanup);

const unit = { id: 'u1', name: { text: 'Espoon terveysasema', language: 'fi', isFallback: true } };
const entry = (id: string, overrides: Record<string, unknown> = {}) => ({
  id, occurredAt: '2026-11-22T08:05:00.000Z', actorName: 'Hanna Hoitaja', actorRole: 'nurse', actorUnit: unit, action: 'READ',
  objectType: 'ContactRequest', purpose: 'unit-queue', subject: { personId: 'p1', firstName: 'Tessa', isSelf: true }, ...overrides,
});
const page = (entries: unknown[], endCursor: string | null, hasNextPage = false) => ({
  myAccessLog: { pageInfo: { hasNextPage, endCursor }, edges: entries.map((node) => ({ node })) },
});

async function renderPage(language: Language, answer: FakeAnswer) {
  const graphql = fakeGraphql({ PrivacyMyAccessLog: answer });
  const result = await renderWithProviders(<AccessLogPage {...pageProps('privacy', language, 'resident')} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper: graphql.wrapper(language),
  });
  return { ...result, requests: graphql.requests };
}

describe('who has viewed my data', () => {
  it('tells who, in what role and unit, when, what, whose and why, in the reader’s language', async () => {
    await renderPage('fi', page([entry('e1'), entry('e2', { action: 'UPDATE', objectType: 'HelpRequest', subject: { personId: 'c1', firstName: 'Tilda', isSelf: false } })], 'e2'));
    const table = await screen.findByRole('table', { name: fi.accessLog.caption });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['Hanna Hoitaja, sairaanhoitajaEspoon terveysasema', 'Katsoi', fi.accessLog.objects.ContactRequest, 'Sinun', fi.accessLog.purposes['unit-queue']],
      ['Hanna Hoitaja, sairaanhoitajaEspoon terveysasema', 'Muutti', fi.accessLog.objects.HelpRequest, 'Lapsesi Tilda', fi.accessLog.purposes['unit-queue']],
    ]);
    expect(within(rows[0] as HTMLElement).getByRole('rowheader').textContent).toBe('22.11.2026 klo 10.05');
  });

  it('names unknown roles, objects and purposes generically instead of showing codes as words', async () => {
    await renderPage('en', page([entry('e1', { actorRole: 'auditor', objectType: 'Mystery', purpose: 'new-task' })], 'e1'));
    const row = within(await screen.findByRole('table')).getAllByRole('row')[1] as HTMLElement;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Hanna Hoitaja, professionalEspoon terveysasema', 'Viewed', en.accessLog.objects.other, 'Yours', 'Other grounds (new-task)',
    ]);
  });

  it('says so when nobody has viewed the data', async () => {
    await renderPage('sv', page([], null));
    expect(await screen.findByText(sv.accessLog.empty)).toBeTruthy();
    expect(screen.queryByRole('button', { name: sv.accessLog.more })).toBeNull();
  });

  it('loads older entries below the first page on request', async () => {
    const user = userEvent.setup();
    const { requests } = await renderPage('fi', (variables) =>
      variables['after'] ? page([entry('old', { occurredAt: '2026-01-02T08:00:00.000Z' })], 'old') : page([entry('new')], 'new', true),
    );
    await user.click(await screen.findByRole('button', { name: fi.accessLog.more }));
    expect(await screen.findByText('2.1.2026 klo 10.00')).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(requests.map((r) => r.variables)).toEqual([{ first: accessLogPageSize }, { first: accessLogPageSize, after: 'new' }]);
    expect(screen.queryByRole('button', { name: fi.accessLog.more })).toBeNull();
  });

  it('shows a failure in the reader’s language', async () => {
    await renderPage('fi', new Error('boom'));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('has no WCAG 2.1 A or AA violations that axe finds', async () => {
    const { container } = await renderPage('fi', page([entry('e1')], 'e1', true));
    await screen.findByRole('table');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
