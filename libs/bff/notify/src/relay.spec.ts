import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defineNotification, type RenderedEmail } from '@luotsi/bff-core';
import { openTestDatabase, type Database } from '@luotsi/db';
import { cancelDelivery, retryDelivery } from './admin';
import { devMailboxEmail, recordingSmsProvider, type EmailTransport, type OutgoingEmail } from './channels';
import { icsAttachment } from './ics';
import { notify } from './outbox';
import { createNotificationRelay, SimulatedCrash, type RelayOptions } from './relay';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const env = { publicUrl: 'https://luotsi.example.fi' };

const replied = defineNotification<{ reply: string }>({
  type: 'test.replied',
  description: 'A sensitive reply.',
  channels: ['portal', 'email'],
  sensitive: true,
  sample: { reply: 'Sample' },
  portal: (data, language) => ({ subject: { fi: 'Vastaus', sv: 'Svar', en: 'Reply' }[language], body: data.reply }),
});

const booked = defineNotification<{ start: string }>({
  type: 'test.booked',
  description: 'A booking with a calendar file.',
  channels: ['email', 'sms'],
  sensitive: false,
  sample: { start: '2026-07-01T09:00:00Z' },
  email: (data, language): RenderedEmail => ({
    subject: { fi: 'Varaus vahvistettu', sv: 'Bokningen bekräftad', en: 'Booking confirmed' }[language],
    text: `${data.start}`,
    attachments: [icsAttachment({ uid: 'b1@luotsi', start: new Date(data.start), end: new Date(new Date(data.start).getTime() + 1800_000), summary: 'Aika', stamp: new Date(data.start) }, 'booking.ics')],
  }),
  sms: (_data, language) => ({ fi: 'Varaus vahvistettu', sv: 'Bokningen bekräftad', en: 'Booking confirmed' })[language],
});

/** An e-mail transport that fails its first `failures` calls and keeps what it accepted. */
function flakyEmail(failures = 0): EmailTransport & { sent: OutgoingEmail[]; calls: number } {
  const transport = {
    kind: 'smtp' as const,
    sent: [] as OutgoingEmail[],
    calls: 0,
    async send(email: OutgoingEmail) {
      transport.calls += 1;
      if (transport.calls <= failures) throw new Error('421 try again later');
      transport.sent.push(email);
    },
  };
  return transport;
}

let db: Database;
let ville: { id: string };
let tessa: { id: string };
let clock: Date;
let start: number;

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  ville = await db.prisma.person.findFirstOrThrow({ where: { oidcSubject: 'resident-ville' } });
  tessa = await db.prisma.person.findFirstOrThrow({ where: { oidcSubject: 'resident-tessa' } });
  await db.prisma.person.update({ where: { id: ville.id }, data: { email: 'ville@example.com', phone: '+358401111111' } });
  await db.prisma.person.update({ where: { id: tessa.id }, data: { email: null } });
});
afterAll(async () => db?.close());
beforeEach(async () => {
  await db.prisma.notification.deleteMany();
  await db.prisma.portalMessage.deleteMany();
  await db.prisma.devMailboxMessage.deleteMany();
  // Rows become due at the database's now(): the relay's clock starts just after it.
  clock = new Date(Math.ceil(Date.now() / 1000) * 1000 + 1000);
  start = clock.getTime();
});
const at = (ms: number) => new Date(start + ms);

function relay(options: Partial<RelayOptions> = {}) {
  return createNotificationRelay({
    prisma: () => db.prisma, types: [replied, booked], email: flakyEmail(), sms: recordingSmsProvider(), env, logger: silent,
    retry: { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 600_000 }, leaseMs: 120_000, now: () => clock, ...options,
  });
}

const deliveries = () => db.prisma.notificationDelivery.findMany({ orderBy: { channel: 'asc' } });

describe('the outbox', () => {
  it('keeps nothing of a change that rolled back', async () => {
    await expect(db.prisma.$transaction(async (tx) => {
      await notify(tx, replied, { recipientPersonId: ville.id, data: { reply: 'x' } });
      throw new Error('the change failed');
    })).rejects.toThrow('the change failed');
    expect(await db.prisma.notification.count()).toBe(0);
  });

  it('writes one notification per dedupe key', async () => {
    const first = await db.prisma.$transaction((tx) => notify(tx, booked, { recipientPersonId: ville.id, data: { start: '2026-07-01T09:00:00Z' }, dedupeKey: 'booking:1' }));
    const second = await db.prisma.$transaction((tx) => notify(tx, booked, { recipientPersonId: ville.id, data: { start: '2026-07-01T09:00:00Z' }, dedupeKey: 'booking:1' }));
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
    expect(await db.prisma.notificationDelivery.count()).toBe(2);
  });
});

describe('the relay', () => {
  it('delivers each channel once, in the recipient’s language, and marks it delivered', async () => {
    const email = flakyEmail();
    const r = relay({ email });
    const id = await db.prisma.$transaction((tx) => notify(tx, replied, { recipientPersonId: ville.id, data: { reply: 'Vi ringer i morgon.' } }));
    expect(await r.runOnce()).toBe(2);
    expect(await r.runOnce()).toBe(0);
    expect((await deliveries()).map((d) => [d.channel, d.status, d.attempts])).toEqual([['email', 'delivered', 1], ['portal', 'delivered', 1]]);
    const message = await db.prisma.portalMessage.findUniqueOrThrow({ where: { notificationId: id! } });
    expect(message).toMatchObject({ personId: ville.id, language: 'sv', subject: 'Svar', body: 'Vi ringer i morgon.' });
    // A sensitive type's e-mail says only that there is a message, in Swedish, with the inbox link.
    expect(email.sent).toHaveLength(1);
    expect(email.sent[0]).toMatchObject({ notificationId: id, to: 'ville@example.com', language: 'sv', subject: 'Du har ett nytt meddelande i Luotsi' });
    expect(email.sent[0]?.text).toContain('https://luotsi.example.fi/sv/messages');
    expect(email.sent[0]?.text).not.toContain('Vi ringer');
    expect(email.sent[0]?.html).not.toContain('Vi ringer');
  });

  it('sends a plain type’s e-mail with its attachment and its SMS with an idempotency key', async () => {
    const email = flakyEmail();
    const sms = recordingSmsProvider();
    const id = await db.prisma.$transaction((tx) => notify(tx, booked, { recipientPersonId: ville.id, data: { start: '2026-07-01T09:00:00Z' } }));
    await relay({ email, sms }).runOnce();
    expect(email.sent[0]?.attachments.map((a) => a.filename)).toEqual(['booking.ics']);
    expect(sms.sent).toEqual([{ notificationId: id, idempotencyKey: `${id}:sms`, to: '+358401111111', language: 'sv', text: 'Bokningen bekräftad' }]);
  });

  it('retries with growing waits and marks the delivery failed after the last attempt', async () => {
    const email = flakyEmail(Infinity);
    const r = relay({ email });
    await db.prisma.$transaction((tx) => notify(tx, booked, { recipientPersonId: ville.id, data: { start: '2026-07-01T09:00:00Z' } }));
    await r.runOnce();
    let row = (await deliveries())[0]!;
    expect(row).toMatchObject({ channel: 'email', status: 'pending', attempts: 1, lastError: '421 try again later' });
    expect(row.nextAttemptAt).toEqual(at(60_000));
    // Not due yet: nothing happens.
    await r.runOnce();
    expect(email.calls).toBe(1);
    clock = at(60_000);
    await r.runOnce();
    row = (await deliveries())[0]!;
    expect(row).toMatchObject({ status: 'pending', attempts: 2 });
    expect(row.nextAttemptAt).toEqual(at(180_000));
    clock = at(180_000);
    await r.runOnce();
    expect((await deliveries())[0]).toMatchObject({ status: 'failed', attempts: 3 });
    clock = at(86_400_000);
    await r.runOnce();
    expect(email.calls).toBe(3);
  });

  it('sends a failed delivery again when an administrator retries it', async () => {
    const r = relay({ email: flakyEmail(3) });
    await db.prisma.$transaction((tx) => notify(tx, booked, { recipientPersonId: ville.id, data: { start: '2026-07-01T09:00:00Z' } }));
    for (const ms of [0, 60_000, 180_000]) {
      clock = at(ms);
      await r.runOnce();
    }
    const failed = (await deliveries())[0]!;
    expect(failed.status).toBe('failed');
    expect(await retryDelivery(db.prisma, failed.id, clock)).toBe(true);
    await r.runOnce();
    expect((await deliveries())[0]).toMatchObject({ status: 'delivered', attempts: 1, lastError: null });
  });

  it('does not send a delivery an administrator cancelled', async () => {
    const email = flakyEmail();
    await db.prisma.$transaction((tx) => notify(tx, booked, { recipientPersonId: ville.id, data: { start: '2026-07-01T09:00:00Z' } }));
    const row = (await deliveries())[0]!;
    expect(await cancelDelivery(db.prisma, row.id)).toBe(true);
    await relay({ email }).runOnce();
    expect(email.calls).toBe(0);
    expect((await deliveries())[0]?.status).toBe('cancelled');
    // A delivered or cancelled one cannot be cancelled again.
    expect(await cancelDelivery(db.prisma, row.id)).toBe(false);
  });

  it('cancels what cannot be sent at all: no e-mail address', async () => {
    await db.prisma.$transaction((tx) => notify(tx, replied, { recipientPersonId: tessa.id, data: { reply: 'x' } }));
    await relay().runOnce();
    expect((await deliveries()).map((d) => [d.channel, d.status, d.lastError])).toEqual([
      ['email', 'cancelled', 'the recipient has no e-mail address'],
      ['portal', 'delivered', null],
    ]);
  });

  it('delivers once when a relay dies after sending and before marking (idempotent mailbox)', async () => {
    const crashing = relay({
      email: devMailboxEmail(() => db.prisma), crashPoint: 'after-send',
      crash: () => { throw new SimulatedCrash('killed'); },
    });
    const id = await db.prisma.$transaction((tx) => notify(tx, replied, { recipientPersonId: ville.id, data: { reply: 'x' } }));
    await expect(crashing.runOnce()).rejects.toThrow(SimulatedCrash);
    // The claim is a lease: another relay takes the row over when it has run out.
    // The dead relay claimed the whole batch: until the lease runs out, nobody takes it.
    const survivor = relay({ email: devMailboxEmail(() => db.prisma) });
    expect(await survivor.runOnce()).toBe(0);
    clock = new Date(clock.getTime() + 120_000);
    expect(await survivor.runOnce()).toBe(2);
    expect((await deliveries()).map((d) => d.status)).toEqual(['delivered', 'delivered']);
    expect(await db.prisma.devMailboxMessage.findMany({ where: { notificationId: id! } })).toHaveLength(1);
    expect(await db.prisma.portalMessage.count({ where: { notificationId: id! } })).toBe(1);
  });

  it('lets two relays share the work without sending anything twice', async () => {
    const email = flakyEmail();
    for (let i = 0; i < 30; i++)
      await db.prisma.$transaction((tx) => notify(tx, booked, { recipientPersonId: ville.id, data: { start: '2026-07-01T09:00:00Z' } }));
    const [a, b] = await Promise.all([relay({ email, batchSize: 5 }).runOnce(), relay({ email, batchSize: 5 }).runOnce()]);
    expect(a + b).toBe(60);
    expect(email.sent).toHaveLength(30);
    expect(new Set(email.sent.map((e) => e.notificationId)).size).toBe(30);
  });

  it('cancels a notification of a type no module declares', async () => {
    await db.prisma.notification.create({ data: { type: 'gone.type', recipientPersonId: ville.id, data: {}, deliveries: { create: [{ channel: 'email' }] } } });
    await relay().runOnce();
    expect((await deliveries())[0]).toMatchObject({ status: 'cancelled', lastError: 'unknown notification type gone.type' });
  });
});
