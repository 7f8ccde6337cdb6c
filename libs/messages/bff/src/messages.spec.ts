import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { messagesModule } from './index';

// The flow through the outbox (a module's notify, the relay, the inbox) is tested across modules
// in apps/bff/src/notifications.spec.ts; here the module's own parts.
const modules = [identityModule, messagesModule];
const schema = buildSchema(modules);
let db: Database;
let tessa: string;
let ville: string;

beforeAll(async () => {
  db = await openTestDatabase(modules);
  tessa = (await viewerOf(db.prisma, 'resident', 'resident-tessa')).personId ?? '';
  ville = (await viewerOf(db.prisma, 'resident', 'resident-ville')).personId ?? '';
  const message = (personId: string, subject: string, createdAt: string) => ({
    notificationId: crypto.randomUUID(), personId, language: 'fi', subject, body: `${subject} body`, createdAt: new Date(createdAt),
  });
  await db.prisma.portalMessage.createMany({
    data: [message(tessa, 'Older', '2024-01-01T10:00:00Z'), message(tessa, 'Newer', '2026-11-20T10:00:00Z'), message(ville, 'Ville’s', '2026-11-21T10:00:00Z')],
  });
});
afterAll(async () => db?.close());

describe('myMessages', () => {
  it('gives a resident their own messages, newest first', async () => {
    const result = await runOperation<{ myMessages: { subject: string }[] }>(schema, db.prisma, '{ myMessages { subject } }', {
      resident: await viewerOf(db.prisma, 'resident', 'resident-tessa'),
    });
    expect(result.data?.myMessages.map((m) => m.subject)).toEqual(['Newer', 'Older']);
  });

  it('is for signed-in residents only', async () => {
    const result = await runOperation(schema, db.prisma, '{ myMessages { subject } }', { staff: await viewerOf(db.prisma, 'staff', 'staff-anna') });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});

describe('the module’s personal data', () => {
  it('exports the resident’s messages and nobody else’s', async () => {
    const sections = await messagesModule.personalData!(db.prisma, tessa);
    expect(sections.map((s) => [s.id, s.records.length])).toEqual([['messages.portal-messages', 2]]);
    expect(JSON.stringify(sections)).not.toContain('Ville’s');
  });

  it('removes messages older than the cut-off', async () => {
    const rule = messagesModule.retention!.find((r) => r.id === 'messages.portal-messages')!;
    expect(await rule.purge(db.prisma, new Date('2025-01-01T00:00:00Z'))).toBe(1);
    expect(await db.prisma.portalMessage.count({ where: { personId: tessa } })).toBe(1);
  });
});
