import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, fakeGraphql, pageProps, renderWithProviders } from '@luotsi/testing';
import manifest from '../module';
import FrontPage from './FrontPage';
import TemplatesPage from './TemplatesPage';

afterEach(cleanup);

const deliveries = {
  notificationDeliveries: [
    { id: 'd1', type: 'family.help-request-answered', channel: 'email', status: 'failed', attempts: 8, nextAttemptAt: '2026-11-22T10:00:00.000Z', lastError: '550 mailbox unavailable', createdAt: '2026-11-21T10:00:00.000Z' },
    { id: 'd2', type: 'family.help-request-answered', channel: 'portal', status: 'pending', attempts: 1, nextAttemptAt: '2026-11-22T10:05:00.000Z', lastError: null, createdAt: '2026-11-22T10:00:00.000Z' },
  ],
};

function render(element: React.ReactElement, language: Language, api: ReturnType<typeof fakeGraphql>) {
  return renderWithProviders(element, { language, namespaces: { [manifest.i18n.namespace]: manifest.i18n.load }, wrapper: api.wrapper(language) });
}

describe('the notification deliveries page', () => {
  it('lists failed and pending deliveries without recipients, and retries a failed one', async () => {
    const user = userEvent.setup();
    const api = fakeGraphql({
      MessagesNotificationDeliveries: deliveries,
      MessagesRetryNotificationDelivery: { retryNotificationDelivery: { id: 'd1', status: 'pending' } },
    });
    await render(<FrontPage {...pageProps('messages', 'en', 'staff')} />, 'en', api);
    const table = await screen.findByRole('table', { name: 'Failed and pending notifications, the oldest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('E-mail');
    expect(rows[0]?.textContent).toContain('Failed');
    expect(rows[0]?.textContent).toContain('550 mailbox unavailable');
    // Only a failed delivery can be retried; both can be cancelled.
    expect(within(rows[1]!).queryByRole('button', { name: /^Try again/ })).toBeNull();
    await user.click(within(rows[0]!).getByRole('button', { name: 'Try again: family.help-request-answered, E-mail' }));
    expect(await screen.findByText('The notification will be sent again.')).toBeTruthy();
    expect(api.requests.find((r) => r.operationName === 'MessagesRetryNotificationDelivery')?.variables).toEqual({ id: 'd1' });
  });

  it('cancels a delivery, and says so when its state had changed meanwhile', async () => {
    const user = userEvent.setup();
    const api = fakeGraphql({ MessagesNotificationDeliveries: deliveries, MessagesCancelNotificationDelivery: { cancelNotificationDelivery: null } });
    await render(<FrontPage {...pageProps('messages', 'fi', 'staff')} />, 'fi', api);
    await user.click(await screen.findByRole('button', { name: 'Peru: family.help-request-answered, Asiointipalvelu' }));
    expect(await screen.findByText('Ilmoituksen tila oli jo muuttunut; lista päivitettiin.')).toBeTruthy();
  });

  it('has no WCAG 2.1 A or AA violations', async () => {
    const { container } = await render(<FrontPage {...pageProps('messages', 'sv', 'staff')} />, 'sv', fakeGraphql({ MessagesNotificationDeliveries: deliveries }));
    await screen.findByRole('table');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

const previews = {
  notificationTemplatePreviews: (['fi', 'sv', 'en'] as const).flatMap((language) => [
    { type: 'family.help-request-answered', description: 'A reply.', sensitive: true, channel: 'portal', language, subject: `portal-${language}`, text: `body-${language}`, attachments: [] },
    { type: 'family.help-request-answered', description: 'A reply.', sensitive: true, channel: 'email', language, subject: `email-${language}`, text: `mail-${language}`, attachments: [] },
  ]),
};

describe('the template preview', () => {
  it('shows each type’s templates per language in tabs, marked up in their language', async () => {
    const user = userEvent.setup();
    await render(<TemplatesPage {...pageProps('messages', 'en', 'staff')} />, 'en', fakeGraphql({ MessagesNotificationTemplatePreviews: previews }));
    expect(await screen.findByRole('heading', { level: 2, name: 'family.help-request-answered' })).toBeTruthy();
    expect(screen.getByText(/^Sensitive:/)).toBeTruthy();
    expect(screen.getByText('mail-fi').closest('[lang]')?.getAttribute('lang')).toBe('fi');
    await user.click(screen.getByRole('tab', { name: 'Swedish' }));
    expect(screen.getByText('mail-sv')).toBeTruthy();
  });

  it('has no WCAG 2.1 A or AA violations', async () => {
    const { container } = await render(<TemplatesPage {...pageProps('messages', 'fi', 'staff')} />, 'fi', fakeGraphql({ MessagesNotificationTemplatePreviews: previews }));
    await screen.findByRole('heading', { level: 2 });
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
