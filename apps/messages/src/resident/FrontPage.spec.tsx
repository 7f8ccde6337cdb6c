import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, fakeGraphql, pageProps, renderWithProviders } from '@luotsi/testing';
import manifest from '../module';
import { sv } from '../i18n/sv';
import FrontPage from './FrontPage';

afterEach(cleanup);

const messages = {
  myMessages: [
    { id: 'm2', subject: 'Svar på din begäran om hjälp', body: 'Vi ringer i morgon.', language: 'sv', link: 'family-center', receivedAt: '2026-11-22T10:00:00.000Z', readAt: null },
    { id: 'm1', subject: 'Vastaus avunpyyntöösi', body: 'Soitamme huomenna.', language: 'fi', link: null, receivedAt: '2026-11-20T10:00:00.000Z', readAt: '2026-11-20T12:00:00.000Z' },
  ],
};

function renderPage(language: Language, api: ReturnType<typeof fakeGraphql>) {
  return renderWithProviders(<FrontPage {...pageProps('messages', language, 'resident')} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper: api.wrapper(language),
  });
}

describe('the resident inbox', () => {
  it('lists the messages newest first, marks unread ones in words, and keeps bodies closed', async () => {
    await renderPage('sv', fakeGraphql({ MessagesMyMessages: messages }));
    expect(screen.getByRole('heading', { level: 1, name: sv.resident.title })).toBeTruthy();
    const list = await screen.findByRole('list', { name: sv.resident.listLabel });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Nytt: Svar på din begäran om hjälp', 'Vastaus avunpyyntöösi']);
    expect(buttons.map((b) => b.getAttribute('aria-expanded'))).toEqual(['false', 'false']);
    // A Finnish message in a Swedish page is marked up as Finnish.
    expect(within(buttons[1]!).getByText('Vastaus avunpyyntöösi').getAttribute('lang')).toBe('fi');
    expect(screen.getByText('Vi ringer i morgon.').closest('[hidden]')).not.toBeNull();
  });

  it('opens a message by keyboard, marks it read once, and links to the service it is about', async () => {
    const user = userEvent.setup();
    const api = fakeGraphql({ MessagesMyMessages: messages, MessagesMarkMessageRead: { markMessageRead: { id: 'm2', readAt: '2026-11-22T11:00:00.000Z' } } });
    await renderPage('sv', api);
    const first = (await screen.findAllByRole('button'))[0]!;
    first.focus();
    await user.keyboard('{Enter}');
    expect(first.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Vi ringer i morgon.').closest('[hidden]')).toBeNull();
    expect(screen.getByRole('link', { name: 'Gå till tjänsten' }).getAttribute('href')).toBe('/sv/family-center');
    expect(first.textContent).toBe('Svar på din begäran om hjälp');
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(api.requests.filter((r) => r.operationName === 'MessagesMarkMessageRead')).toEqual([{ operationName: 'MessagesMarkMessageRead', variables: { id: 'm2' }, language: 'sv' }]);
  });

  it('says when there are no messages, and when loading fails', async () => {
    await renderPage('en', fakeGraphql({ MessagesMyMessages: { myMessages: [] } }));
    expect(await screen.findByText('You have no messages.')).toBeTruthy();
    cleanup();
    await renderPage('fi', fakeGraphql({ MessagesMyMessages: new Error('down') }));
    expect((await screen.findByRole('alert')).textContent).toContain('Jotain meni vikaan');
  });

  it('has no WCAG 2.1 A or AA violations, with a message open', async () => {
    const user = userEvent.setup();
    const { container } = await renderPage('fi', fakeGraphql({ MessagesMyMessages: messages, MessagesMarkMessageRead: { markMessageRead: null } }));
    await user.click((await screen.findAllByRole('button'))[0]!);
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
