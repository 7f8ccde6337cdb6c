import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, fakeGraphql, pageProps, renderWithProviders } from '@luotsi/testing';
import type { Language } from '@luotsi/shell-contract';
import manifest from './module';
import ArticlesPage from './resident/ArticlesPage';
import HelpRequestsPage from './staff/HelpRequestsPage';

afterEach(cleanup);

const text = (value: string, language = 'sv', isFallback = false) => ({ text: value, language, isFallback });

const articles = {
  familyArticles: [
    { id: 'a1', slug: 'vauvan-uni', lifeStage: 'baby', publishedAt: '2026-09-01T06:00:00.000Z', title: text('Babyns sömn de första månaderna'), summary: text('En nyfödd sover 16–18 timmar.') },
    { id: 'a2', slug: 'eron-jalkeen', lifeStage: 'teen', publishedAt: '2026-10-20T06:00:00.000Z', title: text('Nuori vanhempien erossa', 'fi', true), summary: text('Nuori tarvitsee tietoa.', 'fi', true) },
  ],
};

function renderPage(element: React.ReactElement, api: ReturnType<typeof fakeGraphql>, language: Language) {
  return renderWithProviders(element, { language, namespaces: { [manifest.i18n.namespace]: manifest.i18n.load }, wrapper: api.wrapper(language) });
}

describe('the family center articles page', () => {
  it('lists the articles in the reader’s language, with their life stage and date', async () => {
    const api = fakeGraphql({ FamilyArticles: articles });
    await renderPage(<ArticlesPage {...pageProps('family-center', 'sv', 'resident')} />, api, 'sv');
    expect(screen.getByRole('heading', { level: 1, name: 'Familjecenter' })).toBeTruthy();
    const list = await screen.findByTestId('family-articles');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => within(i).getByRole('heading', { level: 3 }).textContent)).toEqual(['Babyns sömn de första månaderna', 'Nuori vanhempien erossa']);
    expect(items[0]?.textContent).toContain('Baby · 1.9.2026');
    expect(api.requests).toEqual([{ operationName: 'FamilyArticles', variables: {}, language: 'sv' }]);
  });

  it('marks a Finnish-only article as such, in the reader’s language, with lang on the text', async () => {
    await renderPage(<ArticlesPage {...pageProps('family-center', 'sv', 'resident')} />, fakeGraphql({ FamilyArticles: articles }), 'sv');
    const list = await screen.findByTestId('family-articles');
    const finnish = within(list).getByRole('heading', { name: 'Nuori vanhempien erossa' });
    expect(finnish.getAttribute('lang')).toBe('fi');
    expect(finnish.closest('li')?.textContent).toMatch(/finska/);
  });

  it('says so when nothing is published, and when loading fails', async () => {
    await renderPage(<ArticlesPage {...pageProps('family-center', 'en', 'resident')} />, fakeGraphql({ FamilyArticles: { familyArticles: [] } }), 'en');
    expect(await screen.findByText('No articles have been published yet.')).toBeTruthy();
    cleanup();
    await renderPage(<ArticlesPage {...pageProps('family-center', 'fi', 'resident')} />, fakeGraphql({ FamilyArticles: new Error('down') }), 'fi');
    expect(await screen.findByText('Jotain meni vikaan. Yritä hetken kuluttua uudelleen.')).toBeTruthy();
  });

  it('has no WCAG 2.1 AA violations', async () => {
    const { container } = await renderPage(<ArticlesPage {...pageProps('family-center', 'sv', 'resident')} />, fakeGraphql({ FamilyArticles: articles }), 'sv');
    await screen.findByTestId('family-articles');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

const helpRequests = {
  familyHelpRequests: [
    { id: 'r1', topic: 'sleep', message: 'Lapsi heräilee öisin.', contactMethod: 'phone', anonymous: false, status: 'new', receivedAt: '2026-11-19T08:12:00.000Z', dueAt: '2026-11-24T14:00:00.000Z' },
    { id: 'r2', topic: 'relationships', message: 'Riitelemme paljon.', contactMethod: 'anonymous', anonymous: true, status: 'answered', receivedAt: '2026-11-20T18:40:00.000Z', dueAt: '2026-11-25T14:00:00.000Z' },
  ],
};

describe('the help request queue', () => {
  it('shows topics, Helsinki times, contact methods and status in a captioned table', async () => {
    const api = fakeGraphql({ FamilyHelpRequests: helpRequests });
    await renderPage(<HelpRequestsPage {...pageProps('family-center', 'fi', 'staff')} />, api, 'fi');
    const table = await screen.findByRole('table', { name: 'Avoimet yhteydenotot, kiireellisin ensin' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Uni', '19.11.2026 klo 10.12', '24.11.2026 klo 16.00', 'Puhelin', 'Uusi', 'Vastaa'],
      ['Ihmissuhteet', '20.11.2026 klo 20.40', '25.11.2026 klo 16.00', 'Nimetön', 'Vastattu', 'Vastaa'],
    ]);
  });

  it('sends a reply from the form, by keyboard, and says the sender gets it in the portal', async () => {
    const user = userEvent.setup();
    const api = fakeGraphql({
      FamilyHelpRequests: helpRequests,
      FamilyReplyToHelpRequest: (variables: Record<string, unknown>) => ({ replyToHelpRequest: { id: variables['id'], status: 'answered', answeredAt: '2026-11-22T10:00:00.000Z' } }),
    });
    await renderPage(<HelpRequestsPage {...pageProps('family-center', 'sv', 'staff')} />, api, 'sv');
    await user.click(await screen.findByRole('button', { name: 'Svara på meddelandet: Sömn, ankommet 19.11.2026 10.12' }));
    const dialog = await screen.findByRole('dialog', { name: 'Svara: Sömn' });
    expect(within(dialog).getByText('Lapsi heräilee öisin.')).toBeTruthy();
    const field = within(dialog).getByRole('textbox', { name: 'Ditt svar' });
    expect(document.activeElement).toBe(field);
    await user.keyboard('Vi ringer i morgon.');
    await user.click(within(dialog).getByRole('button', { name: 'Skicka svaret' }));
    expect(await screen.findByText('Svaret har skickats. Avsändaren får det som ett meddelande i e-tjänsten.')).toBeTruthy();
    expect(api.requests.find((r) => r.operationName === 'FamilyReplyToHelpRequest')?.variables).toEqual({ id: 'r1', message: 'Vi ringer i morgon.' });
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

  it('has no WCAG 2.1 AA violations, with the reply form open', async () => {
    const user = userEvent.setup();
    const { container } = await renderPage(<HelpRequestsPage {...pageProps('family-center', 'fi', 'staff')} />, fakeGraphql({ FamilyHelpRequests: helpRequests }), 'fi');
    await user.click((await screen.findAllByRole('button', { name: /^Vastaa viestiin/ }))[0]!);
    await screen.findByRole('dialog');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
