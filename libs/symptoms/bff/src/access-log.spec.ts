import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { symptomsModule } from './index';

// A contact request is its resident's data: a nurse's read of the queue is access-logged by
// bff-core (ContactRequest is declared `clientData` in schema.ts), not by the resolver.
let db: Database;
const schema = buildSchema([identityModule, symptomsModule]);
beforeAll(async () => {
  db = await openTestDatabase([identityModule, symptomsModule]);
});
afterAll(() => db?.close());

describe('the contact-request queue', () => {
  it('writes one access-log row per request a nurse read, with role, unit, purpose and request id', async () => {
    const nurse = await viewerOf(db.prisma, 'staff', 'staff-hanna');
    const result = await runOperation<{ symptomContactRequests: { id: string }[] }>(
      schema, db.prisma, '{ symptomContactRequests { id urgency } again: symptomContactRequests { status } }', { staff: nurse, requestId: 'queue-1' },
    );
    expect(result.errors).toBeUndefined();
    const read = result.data?.symptomContactRequests ?? [];
    expect(read.length).toBeGreaterThan(0);
    const rows = await db.prisma.accessLogEntry.findMany({ where: { requestId: 'queue-1' } });
    expect(rows.map((r) => r.objectId).sort()).toEqual(read.map((r) => r.id).sort());
    const requests = await db.prisma.contactRequest.findMany({ where: { id: { in: read.map((r) => r.id) } } });
    const unit = await db.prisma.unit.findUniqueOrThrow({ where: { code: 'ESP-TK' } });
    for (const row of rows) {
      expect(row).toMatchObject({
        action: 'read', objectType: 'ContactRequest', actorStaffId: nurse.staffId, actorName: 'Hanna Hoitaja',
        actorRole: 'nurse', actorUnitId: unit.id, purpose: 'unit-queue',
      });
      expect(row.clientPersonId).toBe(requests.find((r) => r.id === row.objectId)?.personId);
    }
  });

  it('writes nothing when the nurse is refused', async () => {
    const advisor = await viewerOf(db.prisma, 'staff', 'staff-aino');
    const result = await runOperation(schema, db.prisma, '{ symptomContactRequests { id } }', { staff: advisor, requestId: 'queue-refused' });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await db.prisma.accessLogEntry.count({ where: { requestId: 'queue-refused' } })).toBe(0);
  });
});
