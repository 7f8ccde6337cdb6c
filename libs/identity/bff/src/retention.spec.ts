import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { openTestDatabase } from '@luotsi/bff-core';
import { identityModule } from './graphql/module';
import { identityRetention } from './retention';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase([identityModule]);
}, 180_000);
afterAll(() => db?.close());

const rule = identityRetention[0]!;
const person = (firstName: string, extra: { code?: string; createdAt: Date }) =>
  db.prisma.person.create({
    data: {
      firstName, lastName: 'Testinen', birthDate: new Date('1990-01-01'), municipalityCode: '049',
      personalIdentityCode: extra.code ?? null, createdAt: extra.createdAt, phone: '+358401234567',
    },
  });

describe('clients without an identity code', () => {
  it('are removed once the period has passed and nothing refers to them; nobody else is', async () => {
    const old = new Date('2026-01-01T00:00:00Z');
    const cutoff = new Date('2026-06-01T00:00:00Z');
    const gone = await person('Ilman', { createdAt: old });
    const recent = await person('Uusi', { createdAt: new Date('2026-07-01T00:00:00Z') });
    const withCode = await person('Tunnettu', { createdAt: old, code: '010190-998V' });
    const guardian = await person('Huoltaja', { createdAt: old });
    const tessa = await db.prisma.person.findFirstOrThrow({ where: { oidcSubject: 'resident-tessa' } });
    await db.prisma.guardianship.create({ data: { guardianId: guardian.id, childId: tessa.id } });

    expect(await rule.purge(db.prisma, cutoff)).toBe(1);
    const left = new Set((await db.prisma.person.findMany({ select: { id: true } })).map((p) => p.id));
    expect(left.has(gone.id)).toBe(false);
    for (const kept of [recent, withCode, guardian, tessa]) expect(left.has(kept.id)).toBe(true);
  });
});
