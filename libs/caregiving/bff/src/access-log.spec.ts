import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { caregivingModule } from './index';

// A care agreement and its carer's name are the carer's data: the coordinator's reads are logged;
// the carer reading their own agreements is not.
let db: Database;
const schema = buildSchema([identityModule, caregivingModule]);
beforeAll(async () => {
  db = await openTestDatabase([identityModule, caregivingModule]);
});
afterAll(() => db?.close());

describe('care agreements', () => {
  it('log the coordinator’s read of each agreement and of each carer shown', async () => {
    const coordinator = await viewerOf(db.prisma, 'staff', 'staff-kaisa');
    const result = await runOperation<{ unitCareAgreements: { id: string; carer: { id: string } }[] }>(
      schema, db.prisma, '{ unitCareAgreements { id monthlyFeeCents carer { id lastName } } }', { staff: coordinator, requestId: 'agreements-1' },
    );
    expect(result.errors).toBeUndefined();
    const agreements = result.data?.unitCareAgreements ?? [];
    expect(agreements.length).toBeGreaterThan(0);
    const rows = await db.prisma.accessLogEntry.findMany({ where: { requestId: 'agreements-1' } });
    const byType = (type: string) => rows.filter((r) => r.objectType === type);
    expect(byType('CareAgreement').map((r) => r.objectId).sort()).toEqual(agreements.map((a) => a.id).sort());
    expect(byType('Person').map((r) => r.objectId).sort()).toEqual([...new Set(agreements.map((a) => a.carer.id))].sort());
    expect(rows.every((r) => r.actorRole === 'caregiver-coordinator' && r.purpose === 'care-agreement')).toBe(true);
    const stored = await db.prisma.careAgreement.findMany({ where: { id: { in: agreements.map((a) => a.id) } } });
    for (const row of byType('CareAgreement')) {
      const agreement = stored.find((a) => a.id === row.objectId);
      expect([row.clientPersonId, row.actorUnitId]).toEqual([agreement?.carerId, agreement?.unitId]);
    }
  });

  it('are not logged when the carer reads their own', async () => {
    const carer = await viewerOf(db.prisma, 'resident', 'carer-olli');
    const result = await runOperation(schema, db.prisma, '{ myCareAgreements { id carer { lastName } } }', { resident: carer, requestId: 'agreements-own' });
    expect(result.errors).toBeUndefined();
    expect(await db.prisma.accessLogEntry.count({ where: { requestId: 'agreements-own' } })).toBe(0);
  });
});
