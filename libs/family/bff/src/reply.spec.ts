import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId, type Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { familyModule } from './index';

const schema = buildSchema([identityModule, familyModule]);
let db: Database;
beforeAll(async () => {
  db = await openTestDatabase([identityModule, familyModule]);
});
afterAll(async () => db?.close());

const reply = /* GraphQL */ `mutation ($id: ID!, $message: String!) { replyToHelpRequest(id: $id, message: $message) { id status reply answeredAt } }`;
const named = demoId('help-request', 'sleep');
const anonymous = demoId('help-request', 'anonymous');

describe('replyToHelpRequest', () => {
  it('answers a named request: status, access-log row and an outbox notification in one transaction', async () => {
    const aino = await viewerOf(db.prisma, 'staff', 'staff-aino');
    const result = await runOperation<{ replyToHelpRequest: { status: string; reply: string } }>(schema, db.prisma, reply, {
      staff: aino, variables: { id: named, message: '  Soitamme sinulle huomenna.  ' }, requestId: 'reply-1',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.replyToHelpRequest).toMatchObject({ status: 'answered', reply: 'Soitamme sinulle huomenna.' });
    const request = await db.prisma.helpRequest.findUniqueOrThrow({ where: { id: named } });
    expect(request.answeredByStaffId).toBe(aino.staffId);
    const log = await db.prisma.accessLogEntry.findMany({ where: { requestId: 'reply-1', action: 'update' } });
    expect(log).toMatchObject([{ objectType: 'HelpRequest', objectId: named, clientPersonId: request.personId, actorRole: 'social-advisor' }]);
    const notifications = await db.prisma.notification.findMany({ where: { type: 'family.help-request-answered' }, include: { deliveries: true } });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ recipientPersonId: request.personId, data: { helpRequestId: named, reply: 'Soitamme sinulle huomenna.' } });
    expect(notifications[0]?.deliveries.map((d) => d.channel).sort()).toEqual(['email', 'portal']);
  });

  it('answers an anonymous request without a notification (its reply code is read elsewhere)', async () => {
    const aino = await viewerOf(db.prisma, 'staff', 'staff-aino');
    const before = await db.prisma.notification.count();
    const result = await runOperation(schema, db.prisma, reply, { staff: aino, variables: { id: anonymous, message: 'Hei!' } });
    expect(result.errors).toBeUndefined();
    expect(await db.prisma.notification.count()).toBe(before);
  });

  it('refuses an empty reply with a field error, and changes nothing', async () => {
    const aino = await viewerOf(db.prisma, 'staff', 'staff-aino');
    const before = await db.prisma.notification.count();
    const result = await runOperation(schema, db.prisma, reply, { staff: aino, variables: { id: named, message: '   ' } });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await db.prisma.notification.count()).toBe(before);
  });

  it('finds no request of another unit, a malformed id or a nurse’s call', async () => {
    const aino = await viewerOf(db.prisma, 'staff', 'staff-aino');
    const ainoUnits = (await db.prisma.staffUnit.findMany({ where: { staffId: aino.staffId ?? '' } })).map((u) => u.unitId);
    const other = await db.prisma.unit.findFirstOrThrow({ where: { id: { notIn: ainoUnits } } });
    await db.prisma.helpRequest.update({ where: { id: anonymous }, data: { unitId: other.id } });
    for (const id of [anonymous, 'not-a-uuid']) {
      const result = await runOperation<{ replyToHelpRequest: unknown }>(schema, db.prisma, reply, { staff: aino, variables: { id, message: 'x' } });
      expect(result.errors).toBeUndefined();
      expect(result.data?.replyToHelpRequest).toBeNull();
    }
    expect((await db.prisma.helpRequest.findUniqueOrThrow({ where: { id: anonymous } })).reply).toBe('Hei!');
    const hanna = await viewerOf(db.prisma, 'staff', 'staff-hanna');
    const refused = await runOperation(schema, db.prisma, reply, { staff: hanna, variables: { id: named, message: 'x' } });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
