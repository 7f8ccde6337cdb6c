import { createTransport } from 'nodemailer';
import type { NotificationAttachment, RenderedPortalMessage } from '@luotsi/bff-core';
import type { Prisma, PrismaClient } from '@luotsi/db';
import type { Language } from '@luotsi/shell-contract';

/** One e-mail as the relay hands it to a transport. */
export interface OutgoingEmail {
  /** The notification's id: the same on every attempt, so a repeat is recognised. */
  notificationId: string;
  to: string;
  language: Language;
  subject: string;
  text: string;
  html: string;
  attachments: NotificationAttachment[];
}

export interface EmailTransport {
  readonly kind: 'smtp' | 'dev-mailbox';
  send(email: OutgoingEmail): Promise<void>;
}

export interface OutgoingSms {
  notificationId: string;
  /** The provider is asked to send each key once. */
  idempotencyKey: string;
  to: string;
  language: Language;
  text: string;
}

/** An SMS gateway (an HTTP API behind this interface). */
export interface SmsProvider {
  readonly kind: string;
  send(sms: OutgoingSms): Promise<void>;
}

/** A failure that no retry will fix (no address, a refused number): the delivery is cancelled. */
export class PermanentDeliveryError extends Error {}

function attachmentSummary(attachments: NotificationAttachment[]) {
  return attachments.map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    size: typeof a.content === 'string' ? Buffer.byteLength(a.content) : a.content.byteLength,
  }));
}

/**
 * Development and demo: e-mails and SMS are kept in a table shown at /dev/mailbox. One row per
 * notification and channel, so a repeated delivery after a crash adds nothing.
 */
export function devMailboxEmail(prisma: () => PrismaClient): EmailTransport {
  return {
    kind: 'dev-mailbox',
    async send(email) {
      await prisma().devMailboxMessage.createMany({
        data: [{
          notificationId: email.notificationId, channel: 'email', to: email.to, language: email.language,
          subject: email.subject, text: email.text, html: email.html,
          attachments: attachmentSummary(email.attachments) as Prisma.InputJsonValue,
        }],
        skipDuplicates: true,
      });
    },
  };
}

export function devMailboxSms(prisma: () => PrismaClient): SmsProvider {
  return {
    kind: 'dev-mailbox',
    async send(sms) {
      await prisma().devMailboxMessage.createMany({
        data: [{ notificationId: sms.notificationId, channel: 'sms', to: sms.to, language: sms.language, text: sms.text }],
        skipDuplicates: true,
      });
    },
  };
}

/** The Message-ID of a notification's e-mail: derived from its id, the same on every attempt. */
export function emailMessageId(notificationId: string, publicUrl: string): string {
  return `<${notificationId}.notification@${new URL(publicUrl).hostname}>`;
}

/**
 * E-mail over SMTP (SMTP_URL, e.g. smtps://user:pass@smtp.example.fi:465). SMTP has no
 * idempotency: the Message-ID is stable, so mail systems and clients drop a repeat.
 */
export function smtpEmail(options: { url: string; from: string; publicUrl: string }): EmailTransport {
  const transport = createTransport(options.url);
  return {
    kind: 'smtp',
    async send(email) {
      await transport.sendMail({
        from: options.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: emailMessageId(email.notificationId, options.publicUrl),
        headers: { 'Content-Language': email.language, 'Auto-Submitted': 'auto-generated' },
        attachments: email.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: typeof a.content === 'string' ? a.content : Buffer.from(a.content),
        })),
      });
    },
  };
}

/**
 * An SMS gateway over HTTP: POST {to, text, sender} as JSON with a bearer token and an
 * Idempotency-Key header. 4xx other than 408/429 is permanent; the rest is retried.
 */
export function httpSmsProvider(options: { url: string; token: string; sender?: string; fetch?: typeof fetch; timeoutMs?: number }): SmsProvider {
  const doFetch = options.fetch ?? fetch;
  return {
    kind: 'http',
    async send(sms) {
      const response = await doFetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${options.token}`,
          'idempotency-key': sms.idempotencyKey,
        },
        body: JSON.stringify({ to: sms.to, text: sms.text, ...(options.sender ? { sender: options.sender } : {}) }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      if (response.ok) return;
      const message = `SMS provider answered ${response.status}`;
      if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429)
        throw new PermanentDeliveryError(message);
      throw new Error(message);
    },
  };
}

/** For tests: keeps what was sent, once per idempotency key, as a provider that honours it would. */
export function recordingSmsProvider(): SmsProvider & { sent: OutgoingSms[]; attempts: number } {
  const sent: OutgoingSms[] = [];
  const provider = {
    kind: 'recording',
    sent,
    attempts: 0,
    async send(sms: OutgoingSms) {
      provider.attempts += 1;
      if (!sent.some((s) => s.idempotencyKey === sms.idempotencyKey)) sent.push(sms);
    },
  };
  return provider;
}

/** In-portal messages: one per notification, however often it is delivered. */
export async function deliverPortalMessage(
  prisma: PrismaClient,
  input: { notificationId: string; personId: string; language: Language; message: RenderedPortalMessage; createdAt: Date },
): Promise<void> {
  await prisma.portalMessage.createMany({
    data: [{
      notificationId: input.notificationId, personId: input.personId, language: input.language,
      subject: input.message.subject, body: input.message.body, link: input.message.link ?? null, createdAt: input.createdAt,
    }],
    skipDuplicates: true,
  });
}

/** Production without SMTP_URL: e-mail is off, and each e-mail delivery is cancelled saying so. */
export function disabledEmail(): EmailTransport {
  return {
    kind: 'smtp',
    async send() {
      throw new PermanentDeliveryError('e-mail is not configured (SMTP_URL)');
    },
  };
}

/** Production without an SMS provider: each SMS delivery is cancelled saying so. */
export function disabledSms(): SmsProvider {
  return {
    kind: 'disabled',
    async send() {
      throw new PermanentDeliveryError('SMS is not configured (SMS_PROVIDER_URL)');
    },
  };
}
