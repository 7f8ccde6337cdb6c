import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, fakeGraphql, pageProps, renderWithProviders } from '@luotsi/testing';
import type { Language } from '@luotsi/shell-contract';
import manifest from '../module';
import HelpRequestsPage from './HelpRequestsPage';
import StatisticsPage from './StatisticsPage';

afterEach(cleanup);

function renderPage(element: React.ReactElement, api: ReturnType<typeof fakeGraphql>, language: Language) {
  return renderWithProviders(element, { language, namespaces: { [manifest.i18n.namespace]: manifest.i18n.load }, wrapper: api.wrapper(language) });
}

const row = { contactPhone: null, contactEmail: null, claimed: false, claimedByMe: false };
const helpRequests = {
  familyHelpRequests: [
    { ...row, id: 'r1', topic: 'sleep', topics: ['sleep'], message: 'Lapsi heräilee öisin.', contactMethod: 'phone', contactPhone: '040 123 4567', anonymous: false, status: 'new', receivedAt: '2026-11-16T08:12:00.000Z', dueAt: '2026-11-19T14:00:00.000Z', deadline: 'overdue' },
    { ...row, id: 'r2', topic: 'relationships', topics: ['relationships', 'separation'], message: 'Riitelemme paljon.', contactMethod: 'anonymous', anonymous: true, status: 'new', receivedAt: '2026-11-18T18:40:00.000Z', dueAt: '2026-11-23T14:00:00.000Z', deadline: 'due-today', claimed: true },
    { ...row, id: 'r3', topic: 'money', topics: ['money'], message: 'Rahat eivät riitä.', contactMethod: 'portal', anonymous: false, status: 'answered', receivedAt: '2026-11-20T09:05:00.000Z', dueAt: '2026-11-25T14:00:00.000Z', deadline: 'done', claimed: true, claimedByMe: true },
  ],
};

describe('the help request queue', () => {
  it('says in words which requests are overdue or due today, and who handles them', async () => {
    await renderPage(<HelpRequestsPage {...pageProps('family-center', 'fi', 'staff')} />, fakeGraphql({ FamilyHelpRequests: helpRequests }), 'fi');
    const table = await screen.findByRole('table', { name: 'Avoimet yhteydenotot, kiireellisin ensin' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Uni', '16.11.2026 klo 10.12', '19.11.2026 klo 16.00 Myöhässä', 'Puhelin', 'Uusi', 'Vastaa'],
      ['Parisuhde ja perheen ihmissuhteet, Ero', '18.11.2026 klo 20.40', '23.11.2026 klo 16.00 Vastattava tänään', 'Nimetön', 'UusiTyökaveri käsittelee', 'Vastaa'],
      ['Raha-asiat ja tuet', '20.11.2026 klo 11.05', '25.11.2026 klo 16.00', 'Asiointipalvelu', 'VastattuKäsittelijä: sinä', 'Vastaa'],
    ]);
  });

  it('opens a request with the sender’s contact details, claims it and sends a reply by keyboard', async () => {
    const user = userEvent.setup();
    const api = fakeGraphql({
      FamilyHelpRequests: helpRequests,
      FamilyClaimHelpRequest: { claimHelpRequest: { id: 'r1', claimed: true, claimedByMe: true } },
      FamilyReplyToHelpRequest: (variables) => ({ replyToHelpRequest: { id: variables['id'], status: 'answered', answeredAt: '2026-11-22T10:00:00.000Z' } }),
    });
    await renderPage(<HelpRequestsPage {...pageProps('family-center', 'sv', 'staff')} />, api, 'sv');
    await user.click(await screen.findByRole('button', { name: 'Svara på meddelandet: Sömn, ankommet 16.11.2026 10.12' }));
    const dialog = await screen.findByRole('dialog', { name: 'Svara: Sömn' });
    expect(within(dialog).getByText('Telefonnummer: 040 123 4567')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Ta till behandling' }));
    expect(await within(dialog).findByText('Du tog meddelandet till behandling.')).toBeTruthy();
    const field = within(dialog).getByRole('textbox', { name: 'Ditt svar' });
    await user.click(field);
    await user.keyboard('Vi ringer i morgon.');
    await user.click(within(dialog).getByRole('button', { name: 'Skicka svaret' }));
    expect(await screen.findByText('Svaret har skickats. Avsändaren får det som ett meddelande i e-tjänsten.')).toBeTruthy();
    expect(api.requests.filter((r) => r.operationName !== 'FamilyHelpRequests').map((r) => [r.operationName, r.variables])).toEqual([
      ['FamilyClaimHelpRequest', { id: 'r1' }],
      ['FamilyReplyToHelpRequest', { id: 'r1', message: 'Vi ringer i morgon.' }],
    ]);
  });

  it('closes a request with the topic code chosen, the sender’s topic first offered', async () => {
    const user = userEvent.setup();
    const api = fakeGraphql({
      FamilyHelpRequests: helpRequests,
      FamilyCloseHelpRequest: (variables) => ({ closeHelpRequest: { id: variables['id'], status: 'closed', closeCode: variables['closeCode'] } }),
    });
    await renderPage(<HelpRequestsPage {...pageProps('family-center', 'en', 'staff')} />, api, 'en');
    await user.click((await screen.findAllByRole('button', { name: /^Reply to the message/ }))[1]!);
    const dialog = await screen.findByRole('dialog');
    const code = within(dialog).getByRole('combobox', { name: /What the message was finally about/ });
    expect(code).toHaveProperty('value', 'relationships');
    await user.selectOptions(code, 'separation');
    await user.click(within(dialog).getByRole('button', { name: 'Close the message' }));
    expect(await screen.findByText('The message was closed.')).toBeTruthy();
    expect(api.requests.find((r) => r.operationName === 'FamilyCloseHelpRequest')?.variables).toEqual({ id: 'r2', closeCode: 'separation' });
  });

  it('checks the reply before sending: an empty one is not sent', async () => {
    const user = userEvent.setup();
    const api = fakeGraphql({ FamilyHelpRequests: helpRequests });
    await renderPage(<HelpRequestsPage {...pageProps('family-center', 'en', 'staff')} />, api, 'en');
    await user.click((await screen.findAllByRole('button', { name: /^Reply to the message/ }))[0]!);
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Send the reply' }));
    expect(within(dialog).getByRole('textbox', { name: 'Your reply' }).getAttribute('aria-invalid')).toBe('true');
    expect(api.requests.map((r) => r.operationName)).toEqual(['FamilyHelpRequests']);
  });

  it('has no WCAG 2.1 AA violations, with a request open', async () => {
    const user = userEvent.setup();
    const { container } = await renderPage(<HelpRequestsPage {...pageProps('family-center', 'fi', 'staff')} />, fakeGraphql({ FamilyHelpRequests: helpRequests }), 'fi');
    await user.click((await screen.findAllByRole('button', { name: /^Vastaa viestiin/ }))[0]!);
    await screen.findByRole('dialog');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

const statistics = {
  familyHelpRequestStatistics: {
    total: 14, answered: 12, answeredInTime: 11, medianHoursToAnswer: 20.5,
    byTopic: [{ key: 'money', count: 9, suppressed: false }, { key: 'safety', count: null, suppressed: true }],
    byMunicipality: [{ key: '710', label: 'Raseborg', count: 14, suppressed: false }],
  },
  familyArticleViewStatistics: { total: 40, byTopic: [{ key: 'sleep', count: 30 }, { key: 'money', count: 10 }], byLanguage: [{ key: 'sv', count: 40 }] },
};

describe('the statistics page', () => {
  it('shows counts by topic and municipality with small counts hidden in words, and article views by language', async () => {
    await renderPage(<StatisticsPage {...pageProps('family-center', 'sv', 'staff')} />, fakeGraphql({ FamilyStatistics: statistics }), 'sv');
    const topics = await screen.findByRole('table', { name: 'Meddelanden per ämne' });
    expect(within(topics).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['Ekonomi och förmåner9', 'Våld och trygghetunder 5']);
    expect(within(screen.getByRole('table', { name: 'Läsningar per språk' })).getByRole('rowheader').textContent).toBe('svenska');
    expect(screen.getByText('20,5 timmar')).toBeTruthy();
  });

  it('refuses a period that ends before it starts, without asking the BFF again', async () => {
    const user = userEvent.setup();
    const api = fakeGraphql({ FamilyStatistics: statistics });
    await renderPage(<StatisticsPage {...pageProps('family-center', 'en', 'staff')} />, api, 'en');
    await screen.findByRole('table', { name: 'Messages by topic' });
    const from = screen.getByLabelText(/^From/);
    await user.clear(from);
    await user.type(from, '2030-01-01');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByLabelText(/^To/).getAttribute('aria-invalid')).toBe('true');
    expect(api.requests).toHaveLength(1);
    const violations = await axeViolations(document.body);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
