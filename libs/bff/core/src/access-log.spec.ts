import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type Database } from '@luotsi/db';
import { buildSchema, runOperation, viewerOf, withAccessLog, type AuthenticatedUser } from './index';
import { accessLogRow, createAccessLog } from './access-log';

/**
 * The access-log machinery on its own, with a test module: a Person variant declared as client
 * data, read by a professional, by a resident, and changed by a mutation.
 */
const schema = buildSchema([
  {
    id: 'access-log-test',
    schema: (b) => {
      const Client = b.prismaObject('Person', {
        variant: 'TestClient',
        clientData: { clientOf: (p) => p.id, purpose: 'test-task', objectType: 'Person', roles: ['social-advisor', 'nurse'] },
        fields: (t) => ({ id: t.exposeID('id'), firstName: t.exposeString('firstName'), language: t.exposeString('language') }),
      });
      // Client data whose person id is broken: writing its log row fails in the database.
      const Broken = b.objectRef<{ id: string }>('TestBroken').implement({
        clientData: { clientOf: () => 'not-a-uuid', purpose: 'test-task' },
        fields: (t) => ({ secret: t.string({ resolve: () => 'diagnosis' }) }),
      });
      b.queryField('testClients', (t) =>
        t.prismaField({
          type: [Client],
          authScopes: { staff: true },
          resolve: (query, _r, _a, ctx) => ctx.prisma.person.findMany({ ...query, where: { oidcSubject: { in: ['resident-tessa', 'resident-ville'] } }, orderBy: { firstName: 'asc' } }),
        }),
      );
      b.queryField('testMyself', (t) =>
        t.prismaField({
          type: Client,
          authScopes: { resident: true },
          resolve: (query, _r, _a, ctx) => ctx.prisma.person.findUniqueOrThrow({ ...query, where: { id: ctx.viewer.resident?.personId ?? '' } }),
        }),
      );
      b.queryField('testBroken', (t) => t.field({ type: Broken, authScopes: { staff: true }, resolve: () => ({ id: 'x' }) }));
      b.mutationField('testSetLanguage', (t) =>
        t.prismaField({
          type: Client,
          authScopes: { staff: true },
          args: { id: t.arg.id({ required: true }), language: t.arg.string({ required: true }), breakLog: t.arg.boolean() },
          resolve: (query, _r, args, ctx) =>
            withAccessLog(ctx, async (tx, log) => {
              const person = await tx.person.update({ ...query, where: { id: String(args.id) }, data: { language: args.language } });
              await log({
                action: 'update',
                clientPersonId: args.breakLog ? 'not-a-uuid' : person.id,
                objectType: 'Person',
                objectId: person.id,
                purpose: 'test-task',
              });
              return person;
            }),
        }),
      );
    },
  },
]);

let db: Database;
let nurse: AuthenticatedUser;
let tessa: AuthenticatedUser;
beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  nurse = await viewerOf(db.prisma, 'staff', 'staff-hanna');
  tessa = await viewerOf(db.prisma, 'resident', 'resident-tessa');
});
afterAll(() => db?.close());

/** The log is append-only: each test looks at the rows of its own request id. */
let requestId = '';
let counter = 0;
beforeEach(() => {
  requestId = `access-log-spec-${++counter}`;
});
const rows = () => db.prisma.accessLogEntry.findMany({ where: { requestId }, orderBy: { objectId: 'asc' } });

describe('reads of client data', () => {
  it('are logged once per client object when a professional reads them, with role, purpose and request id', async () => {
    const result = await runOperation<{ testClients: { firstName: string }[] }>(
      schema, db.prisma, '{ testClients { id firstName } again: testClients { language } }', { staff: nurse, requestId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.testClients.map((c) => c.firstName)).toEqual(['Tessa', 'Ville']);
    const logged = await rows();
    expect(logged).toHaveLength(2);
    expect(logged.map((r) => r.clientPersonId).sort()).toEqual(
      (await db.prisma.person.findMany({ where: { oidcSubject: { in: ['resident-tessa', 'resident-ville'] } } })).map((p) => p.id).sort(),
    );
    expect(logged[0]).toMatchObject({
      action: 'read', objectType: 'Person', purpose: 'test-task', actorRole: 'nurse', actorName: 'Hanna Hoitaja', actorStaffId: nurse.staffId, actorUnitId: null,
    });
  });

  it('are not logged when residents read their own data, even with a staff session in the same browser', async () => {
    const alone = await runOperation(schema, db.prisma, '{ testMyself { firstName } }', { resident: tessa, requestId });
    const both = await runOperation(schema, db.prisma, '{ testMyself { firstName } }', { resident: tessa, staff: nurse, requestId });
    expect(alone.errors).toBeUndefined();
    expect(both.data).toEqual({ testMyself: { firstName: 'Tessa' } });
    expect(await rows()).toEqual([]);
  });

  it('are logged even when the staff field is asked through a fragment and an alias', async () => {
    const result = await runOperation(schema, db.prisma, '{ ...F } fragment F on Query { list: testClients { firstName } }', { staff: nurse, requestId });
    expect(result.errors).toBeUndefined();
    expect(await rows()).toHaveLength(2);
  });

  it('are withheld when their log cannot be written (fail closed)', async () => {
    const errors: unknown[] = [];
    const logger = { info: () => undefined, warn: () => undefined, error: (e: unknown) => void errors.push(e) };
    const result = await runOperation(schema, db.prisma, '{ testBroken { secret } testClients { firstName } }', { staff: nurse, requestId, logger });
    expect(result.data).toBeNull();
    expect(JSON.stringify(result)).not.toContain('diagnosis');
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
    expect(errors).toHaveLength(1);
    expect(await rows()).toEqual([]);
  });
});

describe('changes of client data', () => {
  it('write their log row in the same transaction as the change', async () => {
    const ville = await db.prisma.person.findFirstOrThrow({ where: { oidcSubject: 'resident-ville' } });
    const result = await runOperation(schema, db.prisma, 'mutation ($id: ID!) { testSetLanguage(id: $id, language: "en") { language } }', {
      staff: nurse, requestId, variables: { id: ville.id },
    });
    expect(result.errors).toBeUndefined();
    // The update's own row and the read of the returned object.
    expect((await rows()).map((r) => [r.action, r.clientPersonId]).sort()).toEqual([
      ['read', ville.id],
      ['update', ville.id],
    ]);
  });

  it('are rolled back when their log row cannot be written', async () => {
    const ville = await db.prisma.person.findFirstOrThrow({ where: { oidcSubject: 'resident-ville' } });
    const result = await runOperation(schema, db.prisma, 'mutation ($id: ID!) { testSetLanguage(id: $id, language: "fi", breakLog: true) { language } }', {
      staff: nurse, requestId, variables: { id: ville.id },
    });
    expect(result.errors).toHaveLength(1);
    expect((await db.prisma.person.findUniqueOrThrow({ where: { id: ville.id } })).language).toBe(ville.language);
    expect(await rows()).toEqual([]);
  });
});

describe('the per-request log', () => {
  it('notes nothing without a staff session, and refuses to record a change without one', async () => {
    const log = createAccessLog({ prisma: db.prisma, staff: null, requestId, now: () => new Date() });
    log.noteRead({ clientPersonId: '00000000-0000-4000-8000-000000000000', objectType: 'X', objectId: '1', purpose: 'p' });
    expect(log.pendingReads).toBe(0);
    await expect(log.record(db.prisma, { action: 'update', clientPersonId: '00000000-0000-4000-8000-000000000000', objectType: 'X', objectId: '1', purpose: 'p' })).rejects.toThrow(/no staff session/);
  });

  it('maps an access to a row: the given role and unit, else the first role and no unit', () => {
    const actor = { staffId: 's', name: 'N N', roles: ['nurse', 'admin'] };
    const at = new Date('2026-11-22T10:00:00Z');
    const access = { clientPersonId: 'c', objectType: 'T', objectId: 'o', purpose: 'p' };
    expect(accessLogRow(actor, access, 'read', 'r', at)).toEqual({
      occurredAt: at, actorStaffId: 's', actorName: 'N N', actorRole: 'nurse', actorUnitId: null,
      clientPersonId: 'c', action: 'read', objectType: 'T', objectId: 'o', purpose: 'p', requestId: 'r',
    });
    expect(accessLogRow(actor, { ...access, role: 'admin', unitId: 'u' }, 'export', 'r', at)).toMatchObject({ actorRole: 'admin', actorUnitId: 'u', action: 'export' });
  });
});
