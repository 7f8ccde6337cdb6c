import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { familyModule } from './index';

// A named help request is its sender's data and its read is access-logged; an anonymous one has
// no client, so it leaves no row (nobody could be told about it, and there is nobody to tell).
let db: Database;
const schema = buildSchema([identityModule, familyModule]);
beforeAll(async () => {
  db = await openTestDatabase([identityModule, familyModule]);
});
afterAll(() => db?.close());

describe('the help-request queue', () => {
  it('logs the advisor’s read of each named request and none of the anonymous ones', async () => {
    const advisor = await viewerOf(db.prisma, 'staff', 'staff-aino');
    const result = await runOperation<{ familyHelpRequests: { id: string; anonymous: boolean }[] }>(
      schema, db.prisma, '{ familyHelpRequests { id anonymous topic } }', { staff: advisor, requestId: 'help-1' },
    );
    expect(result.errors).toBeUndefined();
    const list = result.data?.familyHelpRequests ?? [];
    expect(list.some((r) => r.anonymous)).toBe(true);
    const rows = await db.prisma.accessLogEntry.findMany({ where: { requestId: 'help-1' } });
    expect(rows.map((r) => r.objectId).sort()).toEqual(list.filter((r) => !r.anonymous).map((r) => r.id).sort());
    const tessa = await db.prisma.person.findFirstOrThrow({ where: { oidcSubject: 'resident-tessa' } });
    const unit = await db.prisma.unit.findUniqueOrThrow({ where: { code: 'ASNE' } });
    for (const row of rows)
      expect(row).toMatchObject({ clientPersonId: tessa.id, objectType: 'HelpRequest', actorRole: 'social-advisor', actorUnitId: unit.id, purpose: 'unit-queue', action: 'read' });
  });
});
