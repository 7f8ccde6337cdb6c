import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, fakeGraphql, pageProps, renderWithProviders, type FakeAnswer } from '@luotsi/testing';
import manifest from '../module';
import { fi, sv } from '../texts.testing';
import AccessLogSearchPage, { accessLogExportUrl, accessLogSearchPageSize } from './AccessLogSearchPage';

const exportFetch = vi.fn<typeof fetch>();
beforeEach(() => {
  exportFetch.mockReset();
  vi.stubGlobal('fetch', exportFetch);
  URL.createObjectURL = vi.fn(() => 'blob:export');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const entry = {
  id: 'e1', occurredAt: '2026-11-22T08:05:00.000Z', actorName: 'Hanna Hoitaja', actorRole: 'nurse',
  actorUnit: { id: 'u1', code: 'ESP-TK', name: { text: 'Espoon terveysasema', language: 'fi', isFallback: false } },
  action: 'READ', objectType: 'ContactRequest', objectId: 'cr-1', purpose: 'unit-queue', requestId: 'req-42',
  client: { id: 'p1', firstName: 'Tessa', lastName: 'Testilä', personalIdentityCode: '150386-936X' },
};
const results = (entries: unknown[]) => ({ accessLogEntries: { pageInfo: { hasNextPage: false, endCursor: null }, edges: entries.map((node) => ({ node })) } });

async function renderPage(language: Language, answer: FakeAnswer = results([entry])) {
  const graphql = fakeGraphql({ PrivacyAccessLogEntries: answer });
  const result = await renderWithProviders(<AccessLogSearchPage {...pageProps('privacy', language, 'staff')} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper: graphql.wrapper(language),
  });
  return { ...result, requests: graphql.requests };
}

describe('the access-log search', () => {
  it('searches by identity code, name, Helsinki dates and action, and shows who read whose data and why', async () => {
    const user = userEvent.setup();
    const { requests } = await renderPage('fi');
    expect(requests).toEqual([]); // nothing is read before the administrator searches
    await user.type(screen.getByLabelText(new RegExp(fi.accessLog.search.client)), ' 150386-936X ');
    await user.type(screen.getByLabelText(new RegExp(fi.accessLog.search.actor)), 'hanna');
    await user.type(screen.getByLabelText(new RegExp(`^${fi.accessLog.search.from}`)), '2026-11-01');
    await user.selectOptions(screen.getByLabelText(fi.accessLog.search.action), fi.accessLog.actions.read);
    await user.click(screen.getByRole('button', { name: fi.accessLog.search.submit }));

    const table = await screen.findByRole('table', { name: fi.accessLog.results.caption });
    expect(requests[0]?.variables).toEqual({
      search: { clientPersonalIdentityCode: '150386-936X', actorName: 'hanna', from: '2026-11-01', action: 'READ' },
      first: accessLogSearchPageSize,
    });
    const cells = within(within(table).getAllByRole('row')[1] as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual([
      'Testilä Tessa (150386-936X)', 'Hanna Hoitaja, sairaanhoitaja', 'Espoon terveysasema', 'Katsoi',
      `${fi.accessLog.objects.ContactRequest} (cr-1)`, fi.accessLog.purposes['unit-queue'], 'req-42',
    ]);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: fi.accessLog.results.title }));
  });

  it('refuses a backwards date range with a message tied to the field, and asks nothing', async () => {
    const user = userEvent.setup();
    const { requests } = await renderPage('sv');
    await user.type(screen.getByLabelText(new RegExp(`^${sv.accessLog.search.from}`)), '2026-11-05');
    await user.type(screen.getByLabelText(new RegExp(`^${sv.accessLog.search.to}`)), '2026-11-01');
    await user.click(screen.getByRole('button', { name: sv.accessLog.search.submit }));
    expect(screen.getAllByText(sv.accessLog.search.invalidRange).length).toBeGreaterThan(0);
    expect(screen.getByLabelText(new RegExp(`^${sv.accessLog.search.to}`)).getAttribute('aria-invalid')).toBe('true');
    expect(requests).toEqual([]);
  });

  it('exports the searched client’s log by POST, with no identity code in the URL', async () => {
    const user = userEvent.setup();
    exportFetch.mockResolvedValue(new Response('occurredAt\r\n', { headers: { 'content-disposition': 'attachment; filename="access-log-2026-11-22.csv"' } }));
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(`${this.download} ${this.href}`);
    });
    await renderPage('fi');
    await user.type(screen.getByLabelText(new RegExp(fi.accessLog.search.client)), '150386-936X');
    await user.click(screen.getByRole('button', { name: fi.accessLog.search.submit }));
    await user.click(await screen.findByRole('button', { name: fi.accessLog.export.csv }));
    expect(await screen.findByText(fi.accessLog.export.done)).toBeTruthy();
    const [url, init] = exportFetch.mock.calls[0] ?? [];
    expect(url).toBe(accessLogExportUrl);
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ personalIdentityCode: '150386-936X', format: 'csv' });
    expect(new Headers(init?.headers).get('x-luotsi-csrf')).toBe('1');
    expect(saved).toEqual(['access-log-2026-11-22.csv blob:export']);
  });

  it('offers the export only for a search by client, and says when the client is not found', async () => {
    const user = userEvent.setup();
    exportFetch.mockResolvedValue(new Response('{"error":"not-found"}', { status: 404 }));
    await renderPage('fi', results([]));
    await user.click(screen.getByRole('button', { name: fi.accessLog.search.submit }));
    expect(await screen.findByText(fi.accessLog.export.needsClient)).toBeTruthy();
    expect(await screen.findByText(fi.accessLog.results.empty)).toBeTruthy();
    await user.type(screen.getByLabelText(new RegExp(fi.accessLog.search.client)), '010101-123X');
    await user.click(screen.getByRole('button', { name: fi.accessLog.search.submit }));
    await user.click(await screen.findByRole('button', { name: fi.accessLog.export.json }));
    expect((await screen.findByRole('alert')).textContent).toContain(fi.accessLog.export.notFound);
  });

  it('has no WCAG 2.1 A or AA violations that axe finds, with results shown', async () => {
    const user = userEvent.setup();
    const { container } = await renderPage('fi');
    await user.click(screen.getByRole('button', { name: fi.accessLog.search.submit }));
    await screen.findByRole('table');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
