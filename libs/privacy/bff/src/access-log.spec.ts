import { createServer, type Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@luotsi/db';
import { buildSchema, openTestDatabase, runOperation, viewerOf, type AuthenticatedUser } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { privacyModule } from './index';
import { registerAccessLogRoutes } from './access-log-routes';

/**
 * The access log's two views (the resident's "who has viewed my data" and the administrators'
 * search) and the export for an information request. The rows here are written directly; that
 * the domains' reads produce them is tested in the domain libraries and in apps/bff.
 */
const schema = buildSchema([identityModule, privacyModule]);

let db: Database;
let tessa: AuthenticatedUser;
let ville: AuthenticatedUser;
let nurse: AuthenticatedUser;
let admin: AuthenticatedUser;
let tessaId = '';
let tildaId = '';
let villeId = '';
let unitId = '';

beforeAll(async () => {
  db = await openTestDatabase([identityModule, privacyModule]);
  [tessa, ville, nurse, admin] = await Promise.all([
    viewerOf(db.prisma, 'resident', 'resident-tessa'),
    viewerOf(db.prisma, 'resident', 'resident-ville'),
    viewerOf(db.prisma, 'staff', 'staff-hanna'),
    viewerOf(db.prisma, 'staff', 'staff-anna'),
  ]);
  tessaId = tessa.personId ?? '';
  villeId = ville.personId ?? '';
  tildaId = (await db.prisma.person.findFirstOrThrow({ where: { firstName: 'Tilda', lastName: 'Testilä' } })).id;
  unitId = (await db.prisma.unit.findUniqueOrThrow({ where: { code: 'ESP-TK' } })).id;
  const row = (client: string, objectId: string, at: string, action = 'read') => ({
    occurredAt: new Date(at), actorStaffId: nurse.staffId ?? '', actorName: 'Hanna Hoitaja', actorRole: 'nurse', actorUnitId: unitId,
    clientPersonId: client, action, objectType: 'ContactRequest', objectId, purpose: 'unit-queue', requestId: `seed-${objectId}`,
  });
  await db.prisma.accessLogEntry.createMany({
    data: [
      row(tessaId, 'cr-tessa-1', '2026-11-02T08:00:00Z'),
      row(tildaId, 'cr-tilda-1', '2026-11-03T08:00:00Z'),
      row(tessaId, 'cr-tessa-2', '2026-11-04T08:00:00Z', 'update'),
      row(villeId, 'cr-ville-1', '2026-11-05T08:00:00Z'),
    ],
  });
});
afterAll(() => db?.close());

const my = /* GraphQL */ `query ($first: Int, $after: String) {
  myAccessLog(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { occurredAt actorName actorRole action objectType purpose actorUnit { code name { text } } subject { firstName isSelf } } }
  }
}`;
type MyLog = { myAccessLog: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Record<string, unknown> & { subject: { firstName: string; isSelf: boolean } } }[] } };

describe('myAccessLog', () => {
  it('shows the resident who accessed their data and their child’s, when, what and why, the newest first', async () => {
    const result = await runOperation<MyLog>(schema, db.prisma, my, { resident: tessa });
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.myAccessLog.edges.map((e) => e.node);
    expect(nodes?.map((n) => [n['action'], n.subject.firstName, n.subject.isSelf])).toEqual([
      ['UPDATE', 'Tessa', true],
      ['READ', 'Tilda', false],
      ['READ', 'Tessa', true],
    ]);
    expect(nodes?.[0]).toMatchObject({
      occurredAt: '2026-11-04T08:00:00.000Z', actorName: 'Hanna Hoitaja', actorRole: 'nurse', objectType: 'ContactRequest', purpose: 'unit-queue',
      actorUnit: { code: 'ESP-TK', name: { text: expect.stringContaining('Espoo') } },
    });
  });

  it('pages with a cursor', async () => {
    const first = await runOperation<MyLog>(schema, db.prisma, my, { resident: tessa, variables: { first: 2 } });
    expect(first.data?.myAccessLog.edges).toHaveLength(2);
    expect(first.data?.myAccessLog.pageInfo.hasNextPage).toBe(true);
    const rest = await runOperation<MyLog>(schema, db.prisma, my, { resident: tessa, variables: { first: 2, after: first.data?.myAccessLog.pageInfo.endCursor } });
    expect(rest.data?.myAccessLog.edges.map((e) => e.node['occurredAt'])).toEqual(['2026-11-02T08:00:00.000Z']);
    expect(rest.data?.myAccessLog.pageInfo.hasNextPage).toBe(false);
  });

  it('shows another resident only their own entries', async () => {
    const result = await runOperation<MyLog>(schema, db.prisma, my, { resident: ville });
    expect(result.data?.myAccessLog.edges.map((e) => e.node.subject.firstName)).toEqual(['Ville']);
  });

  it('needs a resident sign-in, and reading it is not itself logged', async () => {
    expect((await runOperation(schema, db.prisma, my)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await runOperation(schema, db.prisma, my, { staff: admin })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    await runOperation(schema, db.prisma, my, { resident: tessa, staff: nurse, requestId: 'resident-reads-own-log' });
    expect(await db.prisma.accessLogEntry.count({ where: { requestId: 'resident-reads-own-log' } })).toBe(0);
  });
});

const search = /* GraphQL */ `query ($search: AccessLogSearch!, $first: Int) {
  accessLogEntries(search: $search, first: $first) {
    edges { node { objectId action actorName actorRole requestId client { firstName lastName personalIdentityCode } } }
  }
}`;
type Search = { accessLogEntries: { edges: { node: { objectId: string; action: string; client: { firstName: string } | null } }[] } };
// The administrators' own reads (of a client's identity) join the log as the tests go on; these
// look at the seeded contact-request rows.
const objectIds = (result: { data?: Search | null }) =>
  result.data?.accessLogEntries.edges.map((e) => e.node.objectId).filter((id) => id.startsWith('cr-'));

describe('accessLogEntries', () => {
  it('lets an administrator find a client’s entries by identity code, and logs that reading of identity', async () => {
    const code = (await db.prisma.person.findUniqueOrThrow({ where: { id: tessaId } })).personalIdentityCode ?? '';
    const result = await runOperation<Search>(schema, db.prisma, search, { staff: admin, requestId: 'admin-search-1', variables: { search: { clientPersonalIdentityCode: code.toLowerCase() } } });
    expect(result.errors).toBeUndefined();
    expect(objectIds(result)).toEqual(['cr-tessa-2', 'cr-tessa-1']);
    expect(result.data?.accessLogEntries.edges[0]?.node.client?.firstName).toBe('Tessa');
    const logged = await db.prisma.accessLogEntry.findMany({ where: { requestId: 'admin-search-1' } });
    expect(logged.map((r) => [r.clientPersonId, r.action, r.objectType, r.actorRole, r.purpose])).toEqual([
      [tessaId, 'read', 'Person', 'admin', 'access-log-supervision'],
    ]);
  });

  it('searches by actor, time range (Helsinki days) and action; every client shown is logged', async () => {
    const byActor = await runOperation<Search>(schema, db.prisma, search, {
      staff: admin, requestId: 'admin-search-2', variables: { search: { actorName: 'hanna', from: '2026-11-03', to: '2026-11-05' } },
    });
    expect(objectIds(byActor)).toEqual(['cr-ville-1', 'cr-tessa-2', 'cr-tilda-1']);
    expect((await db.prisma.accessLogEntry.findMany({ where: { requestId: 'admin-search-2' } })).map((r) => r.clientPersonId).sort()).toEqual(
      [tessaId, tildaId, villeId].sort(),
    );
    const byAction = await runOperation<Search>(schema, db.prisma, search, { staff: admin, variables: { search: { action: 'UPDATE', actorId: nurse.staffId } } });
    expect(objectIds(byAction)).toEqual(['cr-tessa-2']);
    const byClient = await runOperation<Search>(schema, db.prisma, search, { staff: admin, variables: { search: { clientId: villeId } } });
    expect(objectIds(byClient)).toEqual(['cr-ville-1']);
  });

  it('logs the clients whose entries it shows even when their identity is not asked', async () => {
    const result = await runOperation<Search>(schema, db.prisma, '{ accessLogEntries(search: { clientId: "' + villeId + '" }) { edges { node { objectId } } } }', {
      staff: admin, requestId: 'admin-search-3',
    });
    expect(objectIds(result)).toEqual(['cr-ville-1']);
    expect((await db.prisma.accessLogEntry.findMany({ where: { requestId: 'admin-search-3' } })).map((r) => [r.clientPersonId, r.objectType])).toEqual([[villeId, 'Person']]);
  });

  it('finds nothing for an unknown identity code, a malformed id or a backwards range', async () => {
    for (const criteria of [{ clientPersonalIdentityCode: '010101-123X' }, { clientId: 'not-an-id' }, { from: '2026-11-05', to: '2026-11-01' }])
      expect(objectIds(await runOperation<Search>(schema, db.prisma, search, { staff: admin, variables: { search: criteria } }))).toEqual([]);
  });

  it('is refused to professionals who are not administrators, and to residents', async () => {
    const asNurse = await runOperation(schema, db.prisma, search, { staff: nurse, variables: { search: {} } });
    expect(asNurse.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(asNurse.data).toBeNull();
    const asResident = await runOperation(schema, db.prisma, search, { resident: tessa, variables: { search: {} } });
    expect(asResident.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});

describe('the export for an information request', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const users: Record<string, AuthenticatedUser> = { admin, nurse };
    const app = express();
    app.use((req, res, next) => {
      res.locals['requestId'] = `export-${req.header('x-test-request') ?? ''}`;
      next();
    });
    const router = express.Router();
    registerAccessLogRoutes(router, {
      prisma: () => db.prisma,
      modules: [],
      viewerOf: (req) => ({ resident: null, staff: users[req.header('x-test-as') ?? ''] ?? null }),
      now: () => new Date('2026-11-22T10:00:00Z'),
    });
    app.use('/api/privacy', router);
    server = createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

  const exportOf = (body: object, headers: Record<string, string> = { 'x-test-as': 'admin', 'x-luotsi-csrf': '1' }) =>
    fetch(`${base}/api/privacy/access-log/export`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('gives an administrator one client’s entries as CSV, not cached, and logs the export', async () => {
    const response = await exportOf({ clientId: tessaId }, { 'x-test-as': 'admin', 'x-luotsi-csrf': '1', 'x-test-request': '1' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="access-log-2026-11-22.csv"');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe('occurredAt,actorName,actorRole,actorUnit,action,objectType,objectId,purpose,requestId');
    expect(lines.slice(1).map((l) => l.split(',')[6])).toEqual(expect.arrayContaining(['cr-tessa-1', 'cr-tessa-2']));
    expect(lines.join('\n')).not.toContain('cr-ville-1');
    expect(lines.join('\n')).not.toContain('cr-tilda-1');
    const logged = await db.prisma.accessLogEntry.findMany({ where: { requestId: 'export-1' } });
    expect(logged.map((r) => [r.action, r.clientPersonId, r.actorRole, r.purpose, r.objectType])).toEqual([
      ['export', tessaId, 'admin', 'information-request', 'AccessLog'],
    ]);
  });

  it('gives JSON too, found by identity code', async () => {
    const code = (await db.prisma.person.findUniqueOrThrow({ where: { id: villeId } })).personalIdentityCode;
    const response = await exportOf({ personalIdentityCode: code, format: 'json' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { client: { id: string }; entries: { objectId: string; actorUnit: string }[] };
    expect(body.client.id).toBe(villeId);
    expect(body.entries.filter((e) => e.objectId.startsWith('cr-')).map((e) => [e.objectId, e.actorUnit])).toEqual([['cr-ville-1', 'ESP-TK']]);
    // The administrators' earlier search showed Ville's identity: that is in his log too.
    expect(body.entries.some((e) => e.objectId === villeId)).toBe(true);
  });

  it('is refused without an administrator, without the CSRF header, and for bad input', async () => {
    expect((await exportOf({ clientId: tessaId }, { 'x-test-as': 'nurse', 'x-luotsi-csrf': '1' })).status).toBe(403);
    expect((await exportOf({ clientId: tessaId }, { 'x-luotsi-csrf': '1' })).status).toBe(401);
    expect((await exportOf({ clientId: tessaId }, { 'x-test-as': 'admin' })).status).toBe(403);
    expect((await exportOf({ clientId: 'nope' })).status).toBe(400);
    expect((await exportOf({ clientId: tessaId, format: 'xlsx' })).status).toBe(400);
    expect((await exportOf({ clientId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
  });
});

describe('the log', () => {
  it('cannot be changed or emptied, whoever asks', async () => {
    await expect(db.prisma.accessLogEntry.updateMany({ data: { actorName: 'nobody' } })).rejects.toThrow(/append-only/);
    await expect(db.prisma.accessLogEntry.deleteMany({ where: { clientPersonId: tessaId } })).rejects.toThrow(/append-only/);
    expect(await db.prisma.accessLogEntry.count({ where: { objectId: 'cr-tessa-1' } })).toBe(1);
  });
});
