import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId, type Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf, type NotificationType, type RenderedEmail } from '@luotsi/bff-core';
import { createNotificationRelay, devMailboxEmail, recordingSmsProvider, renderChannel } from '@luotsi/notify';
import { languages } from '@luotsi/shell-contract';
import { bffModules } from './modules';

/**
 * Notifications across modules: the family-center reply reaching a resident through the outbox,
 * the resident's inbox, the administration, and the rule on e-mail and SMS content.
 */
const modules = bffModules;
const schema = buildSchema(modules);
let db: Database;
beforeAll(async () => {
  db = await openTestDatabase(modules);
});
afterAll(async () => db?.close());

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const relay = () =>
  createNotificationRelay({
    prisma: () => db.prisma, types: modules.flatMap((m) => m.notifications ?? []), email: devMailboxEmail(() => db.prisma),
    sms: recordingSmsProvider(), env: { publicUrl: 'https://luotsi.example.fi' }, logger: silent,
  });

describe('a reply to a help request, end to end in the BFF', () => {
  it('reaches the resident as an in-portal message they can read and mark read, and as a contentless e-mail', async () => {
    const aino = await viewerOf(db.prisma, 'staff', 'staff-aino');
    const tessa = await viewerOf(db.prisma, 'resident', 'resident-tessa');
    const ville = await viewerOf(db.prisma, 'resident', 'resident-ville');
    const replied = await runOperation(schema, db.prisma, `mutation { replyToHelpRequest(id: "${demoId('help-request', 'sleep')}", message: "Univaikeuksista voi puhua neuvolassa.") { status } }`, { staff: aino });
    expect(replied.errors).toBeUndefined();
    await relay().runOnce();

    const mine = await runOperation<{ myMessages: { id: string; subject: string; body: string; link: string; readAt: string | null }[] }>(
      schema, db.prisma, '{ myMessages { id subject body link readAt } }', { resident: tessa },
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.myMessages).toHaveLength(1);
    const message = mine.data!.myMessages[0]!;
    expect(message).toMatchObject({ subject: 'Vastaus avunpyyntöösi', link: 'family-center', readAt: null });
    expect(message.body).toContain('Univaikeuksista voi puhua neuvolassa.');

    const mails = await db.prisma.devMailboxMessage.findMany();
    expect(mails).toMatchObject([{ channel: 'email', to: 'resident-tessa@example.com', language: 'fi', subject: 'Sinulle on uusi viesti Luotsissa' }]);
    expect(mails[0]?.text).not.toContain('Univaikeuksista');

    // Another resident neither sees it nor can mark it read.
    const others = await runOperation<{ myMessages: unknown[] }>(schema, db.prisma, '{ myMessages { id } }', { resident: ville });
    expect(others.data?.myMessages).toEqual([]);
    const mark = `mutation { markMessageRead(id: "${message.id}") { id readAt } }`;
    const swapped = await runOperation<{ markMessageRead: unknown }>(schema, db.prisma, mark, { resident: ville });
    expect(swapped.data?.markMessageRead).toBeNull();
    expect((await db.prisma.portalMessage.findUniqueOrThrow({ where: { id: message.id } })).readAt).toBeNull();

    const read = await runOperation<{ markMessageRead: { readAt: string } }>(schema, db.prisma, mark, { resident: tessa, now: new Date('2026-11-23T08:00:00Z') });
    expect(read.data?.markMessageRead.readAt).toBe('2026-11-23T08:00:00.000Z');
    // The first reading time stays.
    const again = await runOperation<{ markMessageRead: { readAt: string } }>(schema, db.prisma, mark, { resident: tessa, now: new Date('2026-11-24T08:00:00Z') });
    expect(again.data?.markMessageRead.readAt).toBe('2026-11-23T08:00:00.000Z');
  });
});

describe('notification administration', () => {
  it('previews every template in every language for an administrator, with no reply text in the e-mail', async () => {
    const anna = await viewerOf(db.prisma, 'staff', 'staff-anna');
    const result = await runOperation<{ notificationTemplatePreviews: { type: string; channel: string; language: string; subject: string; text: string }[] }>(
      schema, db.prisma, '{ notificationTemplatePreviews { type channel language subject text sensitive } }', { staff: anna },
    );
    expect(result.errors).toBeUndefined();
    const previews = result.data!.notificationTemplatePreviews.filter((p) => p.type === 'family.help-request-answered');
    expect(previews.map((p) => `${p.channel}:${p.language}`)).toEqual(['portal:fi', 'portal:sv', 'portal:en', 'email:fi', 'email:sv', 'email:en']);
    expect(previews.find((p) => p.channel === 'email' && p.language === 'en')?.subject).toBe('You have a new message in Luotsi');
    for (const p of previews.filter((x) => x.channel === 'email')) expect(p.text).not.toContain('Soitamme');
  });

  it('lists failed deliveries and lets an administrator retry or cancel them', async () => {
    const anna = await viewerOf(db.prisma, 'staff', 'staff-anna');
    const delivery = await db.prisma.notificationDelivery.findFirstOrThrow({ where: { channel: 'email' } });
    await db.prisma.notificationDelivery.update({ where: { id: delivery.id }, data: { status: 'failed', lastError: '550 mailbox unavailable' } });
    const list = await runOperation<{ notificationDeliveries: { id: string; type: string; status: string; lastError: string }[] }>(
      schema, db.prisma, '{ notificationDeliveries(statuses: [failed]) { id type status lastError } }', { staff: anna },
    );
    expect(list.data?.notificationDeliveries).toEqual([{ id: delivery.id, type: 'family.help-request-answered', status: 'failed', lastError: '550 mailbox unavailable' }]);
    const cancel = await runOperation<{ cancelNotificationDelivery: { status: string } }>(schema, db.prisma, `mutation { cancelNotificationDelivery(id: "${delivery.id}") { status } }`, { staff: anna });
    expect(cancel.data?.cancelNotificationDelivery.status).toBe('cancelled');
    const retry = await runOperation<{ retryNotificationDelivery: { status: string; attempts: number } }>(schema, db.prisma, `mutation { retryNotificationDelivery(id: "${delivery.id}") { status attempts } }`, { staff: anna });
    expect(retry.data?.retryNotificationDelivery).toEqual({ status: 'pending', attempts: 0 });
    // A delivery already pending cannot be "retried" again.
    const twice = await runOperation<{ retryNotificationDelivery: unknown }>(schema, db.prisma, `mutation { retryNotificationDelivery(id: "${delivery.id}") { status } }`, { staff: anna });
    expect(twice.data?.retryNotificationDelivery).toBeNull();
  });
});

describe('every declared notification type', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- every module's types
  const types: NotificationType<any>[] = bffModules.flatMap((m) => m.notifications ?? []);
  const env = { publicUrl: 'https://luotsi.example.fi' };

  it('has templates in fi, sv and en for each of its channels, different per language', () => {
    expect(types.length).toBeGreaterThan(0);
    for (const type of types)
      for (const channel of type.channels) {
        const texts = languages.map((language) => JSON.stringify(renderChannel(type, channel, type.sample, language, env)));
        expect(new Set(texts).size, `${type.type} ${channel}`).toBe(3);
      }
  });

  it('keeps the sample data of a sensitive type out of e-mail and SMS: they only point to the portal', () => {
    for (const type of types.filter((t) => t.sensitive)) {
      const values = Object.values(type.sample as Record<string, unknown>).filter((v): v is string => typeof v === 'string' && v.length > 3);
      for (const language of languages)
        for (const channel of type.channels.filter((c) => c !== 'portal')) {
          const rendered = renderChannel(type, channel, type.sample, language, env);
          const text = rendered.channel === 'email' ? [rendered.email.subject, rendered.email.text, rendered.email.html].join('\n') : rendered.channel === 'sms' ? rendered.text : '';
          for (const value of values) expect(text, `${type.type} ${channel} ${language}`).not.toContain(value);
          expect(text).toContain(`${env.publicUrl}/${language}/messages`);
          if (rendered.channel === 'email') expect((rendered.email as RenderedEmail).attachments ?? []).toEqual([]);
        }
    }
  });
});
