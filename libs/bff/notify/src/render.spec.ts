import { describe, expect, it, vi } from 'vitest';
import { defineNotification } from '@luotsi/bff-core';
import { emailMessageId, httpSmsProvider, PermanentDeliveryError } from './channels';
import { renderMailbox } from './dev-mailbox';
import { emailHtml, notificationTypeProblems, recipientLanguage, renderChannel } from './render';

const env = { publicUrl: 'https://luotsi.example.fi' };
const sensitive = defineNotification<{ diagnosis: string }>({
  type: 'test.sensitive', description: 'd', channels: ['portal', 'email', 'sms'], sensitive: true, sample: { diagnosis: 'x' },
  portal: (d) => ({ subject: 'S', body: d.diagnosis }),
});

describe('templates', () => {
  it('give a sensitive type’s e-mail and SMS only the “new message” text with the inbox link, in each language', () => {
    const data = { diagnosis: 'masennus' };
    for (const language of ['fi', 'sv', 'en'] as const) {
      const email = renderChannel(sensitive, 'email', data, language, env);
      const sms = renderChannel(sensitive, 'sms', data, language, env);
      if (email.channel !== 'email' || sms.channel !== 'sms') throw new Error('wrong channel');
      expect(email.email.text).toContain(`https://luotsi.example.fi/${language}/messages`);
      expect(sms.text).toContain(`https://luotsi.example.fi/${language}/messages`);
      for (const text of [email.email.subject, email.email.text, email.email.html, sms.text]) expect(text).not.toContain('masennus');
      expect(email.email.html).toContain(`<html lang="${language}">`);
    }
    expect(renderChannel(sensitive, 'email', data, 'sv', env)).toMatchObject({ email: { subject: 'Du har ett nytt meddelande i Luotsi' } });
  });

  it('escape data in the e-mail HTML', () => {
    const html = emailHtml({ subject: '<b>', text: 'a <script>alert(1)</script>\n\nhttps://x.example/a' }, 'fi');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://x.example/a">');
  });

  it('read an unknown stored language as Finnish', () => {
    expect(recipientLanguage('sv')).toBe('sv');
    expect(recipientLanguage('de')).toBe('fi');
    expect(recipientLanguage(null)).toBe('fi');
  });

  it('are checked: a channel without its template, a type declared twice', () => {
    const plain = defineNotification({ type: 'test.plain', description: 'd', channels: ['email', 'portal'], sensitive: false, sample: {} });
    expect(notificationTypeProblems([sensitive, plain, sensitive])).toEqual([
      'test.plain: goes by e-mail but has no e-mail template',
      'test.plain: goes to the portal but has no portal template',
      'test.sensitive: declared twice',
    ]);
  });
});

describe('channels', () => {
  it('give an e-mail a Message-ID derived from the notification, the same on every attempt', () => {
    expect(emailMessageId('n-1', 'https://luotsi.example.fi')).toBe('<n-1.notification@luotsi.example.fi>');
  });

  it('call the SMS provider with a bearer token and an idempotency key; a 4xx is permanent, a 5xx retried', async () => {
    const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => new Response('{}', { status: 202 }));
    const provider = httpSmsProvider({ url: 'https://sms.example/send', token: 't0k', sender: 'Luotsi', fetch: fetch as typeof globalThis.fetch });
    await provider.send({ notificationId: 'n', idempotencyKey: 'n:sms', to: '+358401', language: 'fi', text: 'Hei' });
    const init = fetch.mock.calls[0]?.[1];
    expect(init?.headers).toMatchObject({ authorization: 'Bearer t0k', 'idempotency-key': 'n:sms' });
    expect(JSON.parse(String(init?.body))).toEqual({ to: '+358401', text: 'Hei', sender: 'Luotsi' });
    fetch.mockResolvedValueOnce(new Response('bad number', { status: 422 }));
    await expect(provider.send({ notificationId: 'n', idempotencyKey: 'k', to: 'x', language: 'fi', text: 'Hei' })).rejects.toBeInstanceOf(PermanentDeliveryError);
    fetch.mockResolvedValueOnce(new Response('down', { status: 503 }));
    const retried = provider.send({ notificationId: 'n', idempotencyKey: 'k', to: 'x', language: 'fi', text: 'Hei' });
    await expect(retried).rejects.toThrow('503');
    await expect(retried).rejects.not.toBeInstanceOf(PermanentDeliveryError);
  });
});

describe('the development mailbox page', () => {
  it('shows each message in its language, escaped, with a link to the e-mail as sent', () => {
    const html = renderMailbox('sv', [{
      id: '11111111-1111-4111-8111-111111111111', notificationId: 'n', channel: 'email', to: 'a@example.com', language: 'fi',
      subject: 'Sinulle on <uusi> viesti', text: 'Hei <script>', html: '<p>x</p>', attachments: [{ filename: 'booking.ics' }], createdAt: new Date('2026-11-22T10:00:00Z'),
    }]);
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h1>Utvecklingens brevlåda</h1>');
    expect(html).toContain('<div class="body" lang="fi">Hei &lt;script&gt;</div>');
    expect(html).toContain('Sinulle on &lt;uusi&gt; viesti');
    expect(html).toContain('booking.ics');
    expect(html).toContain('href="/dev/mailbox/11111111-1111-4111-8111-111111111111"');
  });
});
