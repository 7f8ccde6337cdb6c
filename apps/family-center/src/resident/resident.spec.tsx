import { cleanup, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Route, Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { axeViolations, describeViolations, fakeGraphql, pageProps, renderWithProviders } from '@luotsi/testing';
import type { Language } from '@luotsi/shell-contract';
import manifest from '../module';
import ArticlesPage from './ArticlesPage';
import ArticlePage from './ArticlePage';
import AskForHelpPage from './AskForHelpPage';
import ReplyPage from './ReplyPage';

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/sv/family-center'));

const text = (value: string, language = 'sv', isFallback = false) => ({ text: value, language, isFallback });

const articles = {
  familyArticles: [
    { id: 'a1', slug: 'vauvan-uni', lifeStage: 'baby', topic: 'sleep', publishedAt: '2026-09-01T06:00:00.000Z', title: text('Babyns sömn de första månaderna'), summary: text('En nyfödd sover 16–18 timmar.') },
    { id: 'a2', slug: 'eron-jalkeen', lifeStage: 'teen', topic: 'separation', publishedAt: '2026-10-20T06:00:00.000Z', title: text('Nuori vanhempien erossa', 'fi', true), summary: text('Nuori tarvitsee tietoa.', 'fi', true) },
  ],
};

function renderPage(element: React.ReactElement, api: ReturnType<typeof fakeGraphql>, language: Language) {
  return renderWithProviders(element, { language, namespaces: { [manifest.i18n.namespace]: manifest.i18n.load }, wrapper: api.wrapper(language) });
}

describe('browsing articles', () => {
  it('lists articles in the reader’s language with life stage, topic and a link to each article', async () => {
    const api = fakeGraphql({ FamilyArticles: articles });
    await renderPage(<ArticlesPage {...pageProps('family-center', 'sv', 'resident')} />, api, 'sv');
    expect(screen.getByRole('heading', { level: 1, name: 'Familjecenter' })).toBeTruthy();
    const items = within(await screen.findByTestId('family-articles')).getAllByRole('listitem');
    expect(within(items[0]!).getByRole('link', { name: 'Babyns sömn de första månaderna' }).getAttribute('href')).toBe('/sv/family-center/articles/vauvan-uni');
    expect(items[0]?.textContent).toContain('Baby (0–1 år) · Sömn · 1.9.2026');
    // The Finnish-only article says so in Swedish, with lang on the Finnish text.
    expect(within(items[1]!).getByRole('heading', { level: 3 }).getAttribute('lang')).toBe('fi');
    expect(items[1]?.textContent).toMatch(/finska/);
    expect(screen.getByRole('link', { name: 'Be om hjälp' }).getAttribute('href')).toBe('/sv/family-center/ask-for-help');
  });

  it('filters by life stage and topic and searches text, keeping the choices in the URL', async () => {
    const user = userEvent.setup();
    const api = fakeGraphql({ FamilyArticles: articles });
    await renderPage(<ArticlesPage {...pageProps('family-center', 'sv', 'resident')} />, api, 'sv');
    await screen.findByTestId('family-articles');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Åldersfas' }), 'baby');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ämne' }), 'sleep');
    await user.type(screen.getByRole('searchbox', { name: /Sök i artiklarna/ }), 'nattning');
    await user.click(screen.getByRole('button', { name: 'Sök' }));
    await waitFor(() => expect(api.requests.at(-1)?.variables).toEqual({ lifeStage: 'baby', topic: 'sleep', text: 'nattning' }));
    expect(window.location.search).toBe('?stage=baby&topic=sleep&q=nattning');
    await user.click(await screen.findByRole('button', { name: 'Visa alla artiklar' }));
    await waitFor(() => expect(api.requests.at(-1)?.variables).toEqual({ lifeStage: null, topic: null, text: null }));
  });

  it('starts from the filters of a shared link, and says when nothing matches', async () => {
    window.history.replaceState(null, '', '/en/family-center?stage=teen&q=zzz');
    const api = fakeGraphql({ FamilyArticles: { familyArticles: [] } });
    await renderPage(<ArticlesPage {...pageProps('family-center', 'en', 'resident')} />, api, 'en');
    expect(await screen.findByText('No articles matched. Try another word or remove a filter.')).toBeTruthy();
    expect(api.requests[0]?.variables).toEqual({ lifeStage: 'teen', topic: null, text: 'zzz' });
  });

  it('has no WCAG 2.1 AA violations', async () => {
    const { container } = await renderPage(<ArticlesPage {...pageProps('family-center', 'sv', 'resident')} />, fakeGraphql({ FamilyArticles: articles }), 'sv');
    await screen.findByTestId('family-articles');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

const article = {
  familyArticle: {
    id: 'a2', slug: 'eron-jalkeen', lifeStage: 'teen', topics: ['separation', 'emotions'], authorRole: 'psychologist', publishedAt: '2026-10-20T06:00:00.000Z',
    title: text('Nuori vanhempien erossa', 'fi', true), summary: text('Nuori tarvitsee tietoa.', 'fi', true),
    body: text('## Mitä nuori tarvitsee\n\nNuori tarvitsee **rehellistä** tietoa.\n\n- Kerro ajoissa\n- Soita [Lasten ja nuorten puhelin](tel:116111)', 'fi', true),
    related: [{ id: 'a1', slug: 'vauvan-uni', title: text('Babyns sömn'), summary: text('Sömn.') }],
    relatedServices: { queries: ['perheneuvola'], targetGroups: ['KR1.2'] },
  },
};
const services = {
  searchServices: { total: 1, hits: [{ service: { id: 's1', name: text('Familjerådgivning'), summary: text('Stöd för familjer.'), organization: { id: 'o1', name: { text: 'Välfärdsområdet', language: 'sv' } } } }] },
};

async function renderArticle(api: ReturnType<typeof fakeGraphql>, language: Language = 'sv') {
  const { hook } = memoryLocation({ path: '/articles/eron-jalkeen' });
  return renderPage(
    <Router hook={hook}>
      <Route path="/articles/:slug">
        <ArticlePage {...pageProps('family-center', language, 'resident')} />
      </Route>
    </Router>,
    api,
    language,
  );
}

describe('an article page', () => {
  it('shows the Finnish original with the note, the body as headings and lists, related articles and services, and counts the view', async () => {
    const api = fakeGraphql({ FamilyArticle: article, FamilyArticleServices: services, FamilyRecordArticleView: { recordFamilyArticleView: true } });
    await renderArticle(api);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Nuori vanhempien erossa' });
    expect(heading.closest('article')?.getAttribute('lang')).toBe('fi');
    expect(screen.getByText(/finska/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Mitä nuori tarvitsee' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lasten ja nuorten puhelin' }).getAttribute('href')).toBe('tel:116111');
    expect(screen.getByText('Tonåring (13–17 år) · Skilsmässa och separation, Känslor', { exact: false })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Babyns sömn' }).getAttribute('href')).toBe('/sv/family-center/articles/vauvan-uni');
    expect(within(await screen.findByTestId('family-related-services')).getByRole('link', { name: 'Familjerådgivning' }).getAttribute('href')).toBe('/sv/service-tray/service/s1');
    expect(api.requests.find((r) => r.operationName === 'FamilyArticleServices')?.variables).toEqual({ input: { query: 'perheneuvola', targetGroups: ['KR1.2'], first: 5 } });
    expect(api.requests.filter((r) => r.operationName === 'FamilyRecordArticleView').map((r) => r.variables)).toEqual([{ slug: 'eron-jalkeen' }]);
  });

  it('says when there is no such article', async () => {
    await renderArticle(fakeGraphql({ FamilyArticle: { familyArticle: null }, FamilyRecordArticleView: { recordFamilyArticleView: false } }), 'en');
    expect(await screen.findByText('The article was not found. It may have been removed, or the address is wrong.')).toBeTruthy();
  });

  it('has no WCAG 2.1 AA violations', async () => {
    const { container } = await renderArticle(fakeGraphql({ FamilyArticle: article, FamilyArticleServices: services, FamilyRecordArticleView: { recordFamilyArticleView: true } }));
    await screen.findByTestId('family-related-services');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

const setup = { serviceMunicipalities: [{ code: '049', name: { text: 'Esbo' } }, { code: '710', name: { text: 'Raseborg' } }] };

describe('asking for help', () => {
  const signedOut = { FamilyHelpSetup: setup, FamilyCenterMe: new Error('UNAUTHENTICATED') };

  it('shows the emergency number and crisis lines on the form', async () => {
    await renderPage(<AskForHelpPage {...pageProps('family-center', 'sv', 'resident')} />, fakeGraphql(signedOut), 'sv');
    expect(screen.getByText('Om någon är i omedelbar fara, ring 112.')).toBeTruthy();
    expect(screen.getByRole('link', { name: '09 2525 0112' }).getAttribute('href')).toBe('tel:0925250112');
    expect(screen.getByRole('link', { name: '116 111' }).getAttribute('href')).toBe('tel:116111');
  });

  it('checks the form before sending, says what to fix in the reader’s language and keeps what was typed', async () => {
    const user = userEvent.setup();
    const api = fakeGraphql(signedOut);
    await renderPage(<AskForHelpPage {...pageProps('family-center', 'sv', 'resident')} />, api, 'sv');
    await user.type(screen.getByRole('textbox', { name: /Berätta om din situation/ }), 'Vi bråkar mycket hemma.');
    await user.click(screen.getByRole('radio', { name: 'Ring mig' }));
    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    // The summary links to each field to fix: the topics and the phone number the method needs.
    const summary = await screen.findAllByRole('link', { name: 'Fyll i uppgiften.' });
    expect(summary.map((l) => l.getAttribute('href'))).toEqual(['#family-help-topic-0', '#family-help-phone', '#family-help-municipality']);
    expect(screen.getByRole('textbox', { name: /Berätta om din situation/ })).toHaveProperty('value', 'Vi bråkar mycket hemma.');
    expect(api.requests.map((r) => r.operationName)).not.toContain('FamilySendHelpRequest');
  });

  it('sends an anonymous request once on a double click and shows the reply code once, with a copy button', async () => {
    const user = userEvent.setup();
    const api = fakeGraphql({
      ...signedOut,
      FamilySendHelpRequest: { sendHelpRequest: { id: 'r1', contactMethod: 'anonymous', receivedAt: '2026-11-23T08:00:00.000Z', dueAt: '2026-11-26T14:00:00.000Z' } },
    });
    await renderPage(<AskForHelpPage {...pageProps('family-center', 'sv', 'resident')} />, api, 'sv');
    await user.click(screen.getByRole('checkbox', { name: 'Sömn' }));
    await user.type(screen.getByRole('textbox', { name: /Berätta om din situation/ }), 'Babyn vaknar varje timme.');
    await user.click(screen.getByRole('radio', { name: 'Anonymt med en svarskod' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: /Hemkommun/ }).querySelectorAll('option').length).toBe(3));
    await user.selectOptions(screen.getByRole('combobox', { name: /Hemkommun/ }), '049');
    const sendButton = screen.getByRole('button', { name: 'Skicka' });
    await user.dblClick(sendButton);
    expect(await screen.findByRole('heading', { level: 1, name: 'Meddelandet har skickats' })).toBeTruthy();
    const sends = api.requests.filter((r) => r.operationName === 'FamilySendHelpRequest');
    expect(sends).toHaveLength(1);
    const input = sends[0]?.variables['input'] as Record<string, unknown>;
    expect(input).toMatchObject({ topics: ['sleep'], contactMethod: 'anonymous', municipalityCode: '049', phone: null, email: null });
    const code = screen.getByTestId('family-reply-code').textContent;
    expect(code).toBe(input['replyCode']);
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(screen.getByText('Vi svarar senast 26.11.2026 16.00.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Kopiera koden' }));
    expect(await navigator.clipboard.readText()).toBe(code);
    expect(await screen.findByText('Koden har kopierats till urklipp.')).toBeTruthy();
  });

  it('shows the BFF’s field errors at the fields and keeps the values', async () => {
    const user = userEvent.setup();
    const api = fakeGraphql({ ...signedOut, FamilySendHelpRequest: new Error('down') });
    await renderPage(<AskForHelpPage {...pageProps('family-center', 'fi', 'resident')} />, api, 'fi');
    await user.click(screen.getByRole('checkbox', { name: 'Raha-asiat ja tuet' }));
    await user.type(screen.getByRole('textbox', { name: /Kerro tilanteestasi/ }), 'Rahat eivät riitä.');
    await user.click(screen.getByRole('radio', { name: 'Sähköpostilla' }));
    await user.type(screen.getByRole('textbox', { name: 'Sähköpostiosoite' }), 'maija@example.fi');
    await waitFor(() => expect(screen.getByRole('combobox', { name: /Kotikunta/ }).querySelectorAll('option').length).toBe(3));
    await user.selectOptions(screen.getByRole('combobox', { name: /Kotikunta/ }), '710');
    await user.click(screen.getByRole('button', { name: 'Lähetä' }));
    expect(await screen.findByText('Viestiä ei voitu lähettää. Tietosi ovat tallessa lomakkeella: yritä hetken kuluttua uudelleen.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Sähköpostiosoite' })).toHaveProperty('value', 'maija@example.fi');
    expect(screen.getByRole('checkbox', { name: 'Raha-asiat ja tuet' })).toHaveProperty('checked', true);
  });

  it('has no WCAG 2.1 AA violations', async () => {
    const { container } = await renderPage(<AskForHelpPage {...pageProps('family-center', 'en', 'resident')} />, fakeGraphql(signedOut), 'en');
    await screen.findByRole('link', { name: /Sign in/ });
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('reading the reply with the code', () => {
  it('shows the reply, and says so for an unknown code without telling anything else', async () => {
    const user = userEvent.setup();
    const api = fakeGraphql({
      FamilyReadHelpRequestReply: (variables) => ({
        readHelpRequestReply:
          variables['code'] === 'K7QM-4XRT-9HCD'
            ? { status: 'answered', receivedAt: '2026-11-20T10:00:00.000Z', dueAt: '2026-11-25T14:00:00.000Z', reply: 'Hej! Ring oss gärna.', answeredAt: '2026-11-21T09:00:00.000Z' }
            : null,
      }),
    });
    await renderPage(<ReplyPage {...pageProps('family-center', 'sv', 'resident')} />, api, 'sv');
    const field = screen.getByRole('textbox', { name: /Svarskod/ });
    await user.type(field, 'K7QM-4XRT-9HCE');
    await user.click(screen.getByRole('button', { name: 'Visa svaret' }));
    expect(await screen.findByText('Inget meddelande hittades med koden. Kontrollera koden: den har 12 bokstäver och siffror.')).toBeTruthy();
    await user.clear(field);
    await user.type(field, 'K7QM-4XRT-9HCD');
    await user.click(screen.getByRole('button', { name: 'Visa svaret' }));
    expect(within(await screen.findByTestId('family-reply')).getByText('Hej! Ring oss gärna.')).toBeTruthy();
  });

  it('does not send a code that cannot be one', async () => {
    const user = userEvent.setup();
    const api = fakeGraphql({});
    await renderPage(<ReplyPage {...pageProps('family-center', 'en', 'resident')} />, api, 'en');
    await user.type(screen.getByRole('textbox', { name: /Reply code/ }), '1234');
    await user.click(screen.getByRole('button', { name: 'Show the answer' }));
    expect(screen.getByRole('textbox', { name: /Reply code/ }).getAttribute('aria-invalid')).toBe('true');
    expect(api.requests).toEqual([]);
    const violations = await axeViolations(document.body);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
