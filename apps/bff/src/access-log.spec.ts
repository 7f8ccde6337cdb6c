import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express from 'express';
import { buildSchema, openTestDatabase, viewerOf, type AuthenticatedUser } from '@luotsi/bff-core';
import type { Database, PrismaClient } from '@luotsi/db';
import { createApp } from './app';
import { loadConfig } from './config';
import { createLogger } from './logging';
import { bffModules, frontendModules } from './modules';
import { createRegistry } from './registry';

/**
 * The access log through the whole BFF over HTTP (Yoga with useAccessLog, the privacy module's
 * routes): a nurse's read of the contact-request queue is logged, the resident sees it, another
 * resident does not, an administrator finds and exports it, and the data is withheld when the
 * log cannot be written. Sign-in is replaced by a header naming a demo persona; the OIDC flow is
 * tested in libs/identity/bff.
 */
const schema = buildSchema(bffModules);
let db: Database;
let server: Server;
let base = '';
let users: Record<string, AuthenticatedUser> = {};
/** Set to make the access log's writes fail, as a broken or full database would. */
let failLogWrites = false;

beforeAll(async () => {
  db = await openTestDatabase(bffModules);
  const entries = await Promise.all(
    [['hanna', 'staff', 'staff-hanna'], ['anna', 'staff', 'staff-anna'], ['tessa', 'resident', 'resident-tessa'], ['ville', 'resident', 'resident-ville']].map(
      async ([key, area, subject]) => [key, await viewerOf(db.prisma, area as 'staff' | 'resident', subject as string)] as const,
    ),
  );
  users = Object.fromEntries(entries);
  // The same client, except that writing access-log rows fails while failLogWrites is set.
  const prisma = new Proxy(db.prisma, {
    get(target, property, receiver) {
      if (property === 'accessLogEntry' && failLogWrites)
        return { ...target.accessLogEntry, createMany: () => Promise.reject(new Error('disk full')), create: () => Promise.reject(new Error('disk full')) };
      return Reflect.get(target, property, receiver);
    },
  }) as PrismaClient;

  const demo = loadConfig({ LUOTSI_MODE: 'demo', PORT: '1' });
  const config = { ...demo, staticDir: undefined, graphql: { ...demo.graphql, persistedOperationsOnly: false } };
  const logger = createLogger('silent');
  const session = (req: express.Request) => ({
    resident: users[req.header('x-test-resident') ?? ''] ?? null,
    staff: users[req.header('x-test-staff') ?? ''] ?? null,
  });
  const app = createApp({
    config, logger, prisma: () => prisma, ping: () => db.ping(), schema,
    registry: await createRegistry(frontendModules, { staticDir: undefined, disabled: new Set(), logger }),
    frontendIds: frontendModules.map((m) => m.id), modules: bffModules,
    auth: {
      router: express.Router(),
      sessionMiddleware: (req, _res, next) => {
        const { resident, staff } = session(req);
        req.session = { ...(resident ? { resident } : {}), ...(staff ? { staff } : {}) } as typeof req.session;
        next();
      },
      viewerOf: session,
    },
  });
  server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await db?.close();
});

type Reply = { status: number; requestId: string; body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
async function graphql(query: string, as: { staff?: string; resident?: string }, variables?: object): Promise<Reply> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json', 'x-luotsi-csrf': '1',
      ...(as.staff ? { 'x-test-staff': as.staff } : {}), ...(as.resident ? { 'x-test-resident': as.resident } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, requestId: response.headers.get('x-request-id') ?? '', body: (await response.json()) as Reply['body'] };
}

const queue = '{ symptomContactRequests { id urgency } }';
const myLog = '{ myAccessLog { edges { node { actorName actorRole action objectType purpose actorUnit { code } } } } }';

describe('the access log through the BFF', () => {
  let read: { id: string }[] = [];
  let requestId = '';

  it('writes one row per contact request a nurse reads, with the request id of the HTTP request', async () => {
    const reply = await graphql(queue, { staff: 'hanna' });
    expect(reply.body.errors).toBeUndefined();
    read = (reply.body.data?.['symptomContactRequests'] as { id: string }[]) ?? [];
    requestId = reply.requestId;
    expect(requestId).not.toBe('');
    const rows = await db.prisma.accessLogEntry.findMany({ where: { requestId } });
    expect(rows.map((r) => r.objectId).sort()).toEqual(read.map((r) => r.id).sort());
    expect(new Set(rows.map((r) => `${r.actorRole}/${r.purpose}`))).toEqual(new Set(['nurse/unit-queue']));
  });

  it('shows the resident the nurse’s reads of her requests, and another resident none of them', async () => {
    const tessaRequests = await db.prisma.contactRequest.count({ where: { id: { in: read.map((r) => r.id) }, personId: users['tessa']?.personId } });
    expect(tessaRequests).toBeGreaterThan(0);
    const tessa = await graphql(myLog, { resident: 'tessa' });
    const nodes = (tessa.body.data?.['myAccessLog'] as { edges: { node: Record<string, unknown> }[] }).edges.map((e) => e.node);
    expect(nodes).toHaveLength(tessaRequests);
    expect(nodes[0]).toEqual({
      actorName: 'Hanna Hoitaja', actorRole: 'nurse', action: 'READ', objectType: 'ContactRequest', purpose: 'unit-queue', actorUnit: { code: 'ESP-TK' },
    });
    const ville = await graphql(myLog, { resident: 'ville' });
    expect((ville.body.data?.['myAccessLog'] as { edges: unknown[] }).edges).toEqual([]);
  });

  it('lets an administrator find it, and refuses the search to the nurse', async () => {
    const search = 'query ($id: ID) { accessLogEntries(search: { actorId: $id, action: READ }) { edges { node { objectId requestId } } } }';
    const admin = await graphql(search, { staff: 'anna' }, { id: users['hanna']?.staffId });
    const found = (admin.body.data?.['accessLogEntries'] as { edges: { node: { objectId: string; requestId: string } }[] }).edges.map((e) => e.node);
    expect(found.filter((n) => n.requestId === requestId).map((n) => n.objectId).sort()).toEqual(read.map((r) => r.id).sort());
    const nurse = await graphql(search, { staff: 'hanna' }, { id: users['hanna']?.staffId });
    expect(nurse.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(nurse.body.data ?? null).toBeNull();
  });

  it('exports a client’s log for an information request, not cached, and logs the export', async () => {
    const response = await fetch(`${base}/api/privacy/access-log/export`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-luotsi-csrf': '1', 'x-test-staff': 'anna' },
      body: JSON.stringify({ clientId: users['tessa']?.personId }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain(`Hanna Hoitaja,nurse,ESP-TK,read,ContactRequest`);
    const exportRow = await db.prisma.accessLogEntry.findFirst({ where: { requestId: response.headers.get('x-request-id') ?? '' } });
    expect(exportRow).toMatchObject({ action: 'export', clientPersonId: users['tessa']?.personId, actorStaffId: users['anna']?.staffId });
  });

  it('withholds the data when its reads cannot be logged (fail closed)', async () => {
    failLogWrites = true;
    try {
      const reply = await graphql(queue, { staff: 'hanna' });
      expect(reply.body.data ?? null).toBeNull();
      expect(JSON.stringify(reply.body)).not.toContain('urgency');
      expect(reply.body.errors?.[0]?.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: reply.requestId });
      // Public data reads no client: it still comes.
      const articles = await graphql('{ familyArticles { slug } }', { staff: 'hanna' });
      expect(articles.body.errors).toBeUndefined();
    } finally {
      failLogWrites = false;
    }
  });
});
