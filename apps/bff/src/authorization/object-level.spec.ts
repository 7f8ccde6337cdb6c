import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { buildSchema, openTestDatabase } from '@luotsi/bff-core';
import { makePersonalIdentityCode } from '@luotsi/identity-domain';
import { bffModules } from '../modules';
import { call } from './harness';
import { growingTypes, matrixRoles, mayReachOthersObjects, referenceDataTypes, type MatrixRole } from './matrix';
import { objectIds, rootFields, type RootField } from './operations';
import { samples } from './samples';
import { collectViews, swapIds, type Run, type View } from './swap-ids';
import { loadSessions, type Sessions } from './viewers';

/**
 * Object-level authorisation: nobody reaches another person's objects, neither through the ids
 * their own screens showed nor by being in the wrong unit. The generic part covers every root
 * field that takes an id, including ones added later; the explicit part checks the seeded data.
 */
const schema = buildSchema(bffModules);
const fields = rootFields(schema);
const queries = fields.filter((f) => f.kind === 'query');
const personas = matrixRoles.filter((role) => role !== 'anonymous');

let db: Database;
let sessions: Record<MatrixRole, Sessions>;
const run: Run = (persona, root, args) => call(schema, db, root, args, sessions[persona as MatrixRole]);

beforeAll(async () => {
  db = await openTestDatabase(bffModules);
  sessions = await loadSessions(db.prisma);
});
afterAll(() => db?.close());

/**
 * Each object's own scalar values by id, to see whether anything a persona was shown changed.
 * `paged`: shown in or under a growing type (see growingTypes), so it may drop off the page.
 */
function objectStates(view: View): Map<string, { state: string; paged: boolean }> {
  const states = new Map<string, { state: string; paged: boolean }>();
  const walk = (value: unknown, paged: boolean) => {
    if (Array.isArray(value)) value.forEach((item) => walk(item, paged));
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      const type = String(record['__typename']);
      const inPage = paged || growingTypes.includes(type);
      if (typeof record['id'] === 'string')
        states.set(`${type}:${record['id']}`, {
          state: JSON.stringify(Object.entries(record).filter(([, v]) => typeof v !== 'object' || v === null)),
          paged: inPage && (states.get(`${type}:${record['id']}`)?.paged ?? true),
        });
      Object.values(record).forEach((child) => walk(child, inPage));
    }
  };
  Object.values(view.results).forEach((result) => walk(result.data, false));
  return states;
}

describe('swapping ids between personas', () => {
  // Every persona calls every query once here and once at the end, and every field that takes an
  // id with every other persona's ids: it grows with the schema, so each attacker is its own test
  // with its own time limit, and the views are collected once.
  let views: Record<string, View>;
  beforeAll(async () => {
    views = await collectViews(personas, queries, run, samples, referenceDataTypes);
  }, 300_000);

  it('starts from personas who own data, or the test would prove nothing', () => {
    for (const role of ['guardian', 'carer', 'nurse', 'social-advisor', 'caregiver-coordinator'] as const)
      expect(views[role]?.personal.length, role).toBeGreaterThan(0);
  });

  it.each([...personas, 'anonymous'])('gives %s nobody else’s objects', async (attacker) => {
    const leaks = await swapIds({
      personas, attackers: [attacker], views, fields: fields.filter((f) => f.kind !== 'subscription'), run, samples,
      exempt: mayReachOthersObjects,
    });
    expect(leaks).toEqual([]);
  }, 180_000);

  it('changed nobody’s objects by those calls', async () => {
    // Appending is fine (an access log grows as people look); changing or removing is not.
    const after = await collectViews(personas, queries, run, samples, referenceDataTypes);
    for (const persona of personas) {
      const now = objectStates(after[persona] as View);
      const changed = [...objectStates(views[persona] as View)]
        .filter(([key, before]) => (now.has(key) ? now.get(key)?.state !== before.state : !before.paged))
        .map(([key]) => key);
      expect(changed, `${persona}'s objects changed by others' calls`).toEqual([]);
    }
  }, 180_000);
});

/** The ids a field returns to a role, with the sample arguments. */
async function idsOf(role: MatrixRole, key: string, source?: string): Promise<string[]> {
  const root = fields.find((f) => f.key === key) as RootField;
  expect(root, key).toBeDefined();
  const result = await run(role, root, {});
  expect(result.errors, `${key} as ${role}`).toBeUndefined();
  return objectIds(result.data)
    .filter((o) => !source || o.type === source)
    .map((o) => o.id);
}

async function unitsOf(role: MatrixRole): Promise<string[]> {
  const staffId = sessions[role].staff?.staffId;
  return (await db.prisma.staffUnit.findMany({ where: { staffId: staffId ?? '' } })).map((u) => u.unitId);
}

describe('a resident', () => {
  it('sees their own children under 15, nobody else’s, and no child of 15 or over', async () => {
    const tessa = sessions.guardian.resident?.personId ?? '';
    // Someone else's child, and a child of Tessa's who has turned 15.
    const other = await db.prisma.guardianship.findFirstOrThrow({ where: { guardianId: { not: tessa } } });
    const grownUp = await db.prisma.person.create({
      data: { firstName: 'Teemu', lastName: 'Testilä', birthDate: new Date('2010-01-01'), personalIdentityCode: makePersonalIdentityCode('2010-01-01', 990), municipalityCode: '049' },
    });
    await db.prisma.guardianship.create({ data: { guardianId: tessa, childId: grownUp.id } });
    try {
      const children = await idsOf('guardian', 'Query.me', 'Child');
      const own = (await db.prisma.guardianship.findMany({ where: { guardianId: tessa } })).map((g) => g.childId);
      expect(children.length).toBe(2);
      expect(own).toEqual(expect.arrayContaining(children));
      expect(children).not.toContain(other.childId);
      expect(children).not.toContain(grownUp.id);
      expect(await idsOf('resident', 'Query.me', 'Child')).toEqual([]);
    } finally {
      await db.prisma.guardianship.delete({ where: { guardianId_childId: { guardianId: tessa, childId: grownUp.id } } });
      await db.prisma.person.delete({ where: { id: grownUp.id } });
    }
  });

  it('sees only their own appointments', async () => {
    const [tessa, ville] = [sessions.guardian.resident?.personId, sessions.resident.resident?.personId];
    const template = await db.prisma.calendarEntry.findFirstOrThrow({ where: { clientId: tessa, endsAt: { gt: new Date('2026-11-22T10:00:00Z') } } });
    const { id: _id, ...rest } = template;
    // A day later: a professional cannot have two clients' times starting at once (a unique index).
    const day = 24 * 3600_000;
    const villes = await db.prisma.calendarEntry.create({
      data: { ...rest, clientId: ville ?? null, startsAt: new Date(rest.startsAt.getTime() + day), endsAt: new Date(rest.endsAt.getTime() + day) },
    });
    try {
      const seenByTessa = await idsOf('guardian', 'Query.myAppointments', 'Appointment');
      expect(seenByTessa.length).toBeGreaterThan(0);
      const rows = await db.prisma.calendarEntry.findMany({ where: { id: { in: seenByTessa } } });
      expect(rows.every((r) => r.clientId === tessa)).toBe(true);
      expect(seenByTessa).not.toContain(villes.id);
      // Ville's own: the seeded visit and the copy, none of Tessa's.
      const seenByVille = await idsOf('resident', 'Query.myAppointments', 'Appointment');
      expect(seenByVille).toContain(villes.id);
      const villeRows = await db.prisma.calendarEntry.findMany({ where: { id: { in: seenByVille } } });
      expect(villeRows.map((r) => r.clientId)).toEqual(seenByVille.map(() => ville));
    } finally {
      await db.prisma.calendarEntry.delete({ where: { id: villes.id } });
    }
  });
});

describe('a carer', () => {
  it('sees only their own agreements', async () => {
    const olli = sessions.carer.resident?.personId;
    const seen = await idsOf('carer', 'Query.myCareAgreements', 'CareAgreement');
    const rows = await db.prisma.careAgreement.findMany({ where: { id: { in: seen } } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.carerId === olli)).toBe(true);
    const others = await db.prisma.careAgreement.findMany({ where: { carerId: { not: olli } } });
    expect(others.length).toBeGreaterThan(0);
    expect(seen.filter((id) => others.some((o) => o.id === id))).toEqual([]);
  });
});

describe('a professional sees only clients of their own units', () => {
  const cases = [
    { role: 'social-advisor', key: 'Query.familyHelpRequests', type: 'HelpRequest', table: 'helpRequest' },
    { role: 'family-worker', key: 'Query.familyHelpRequests', type: 'HelpRequest', table: 'helpRequest' },
    { role: 'nurse', key: 'Query.symptomContactRequests', type: 'ContactRequest', table: 'contactRequest' },
    { role: 'caregiver-coordinator', key: 'Query.unitCareAgreements', type: 'CareAgreement', table: 'careAgreement' },
  ] as const;

  it.each(cases)('$role in $key', async ({ role, key, type, table }) => {
    const units = await unitsOf(role);
    // Prisma's delegates share these methods' shapes for the rows used here.
    const model = db.prisma[table] as unknown as {
      findMany(args: object): Promise<{ id: string; unitId: string }[]>;
      findFirstOrThrow(args: object): Promise<Record<string, unknown>>;
      create(args: object): Promise<{ id: string }>;
      delete(args: object): Promise<unknown>;
    };
    // A copy of a row the professional would see, in a unit they do not work in.
    const { id: _id, ...row } = await model.findFirstOrThrow({ where: { unitId: { in: units } }, orderBy: { id: 'asc' } })
      .catch(() => model.findFirstOrThrow({ orderBy: { id: 'asc' } }));
    const elsewhere = await db.prisma.unit.findFirstOrThrow({ where: { id: { notIn: units } }, orderBy: { code: 'asc' } });
    // Unique keys of the copied row (a reply code, a create request's key) cannot be copied.
    const planted = await model.create({ data: { ...row, ...('replyCode' in row ? { replyCode: null } : {}), ...('creationKey' in row ? { creationKey: null } : {}), unitId: elsewhere.id } });
    try {
      const seen = await idsOf(role, key, type);
      expect(seen).not.toContain(planted.id);
      const rows = await model.findMany({ where: { id: { in: seen } }, select: { id: true, unitId: true } });
      expect(rows.length).toBe(seen.length);
      expect(rows.filter((r) => !units.includes(r.unitId))).toEqual([]);
    } finally {
      await model.delete({ where: { id: planted.id } });
    }
  });
});
