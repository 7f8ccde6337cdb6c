/**
 * Acceptance (issue 6): two BFF instances against one PostgreSQL and one Redis. A nurse's queue
 * subscription opened on instance B sees a contact request a resident sends through instance A.
 * Each instance has its own live events (two Redis connections each, as in main.ts), so the
 * event can only cross through Redis. The requests go over HTTP with the frontends' persisted
 * operations and the CSRF header, as in production. TEST_DATABASE_URL / TEST_REDIS_URL override
 * the local defaults; when TEST_DATABASE_URL is set, an unreachable server fails the run.
 */
import { createServer, type Server } from 'node:http';
import express from 'express';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSchema, createLiveEvents, resolveUser, type AuthenticatedUser, type LiveEvents } from '@luotsi/bff-core';
import { dropTestSchemas, findTestPostgres, migrate, openDatabase, seedAll, type Database } from '@luotsi/db';
import { identityModule } from '@luotsi/identity-bff';
import { symptomsModule } from '@luotsi/symptoms-bff';
import { createApp } from './app';
import { loadConfig } from './config';
import { createLogger } from './logging';
import { bffModules, frontendModules } from './modules';
import { createRegistry } from './registry';
import { frontendOperations } from './security/test-app';

const postgres = await findTestPostgres();
const redisUrl = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
async function redisAnswers(): Promise<boolean> {
  const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000, retryStrategy: () => null });
  try {
    await probe.connect();
    await probe.ping();
    return true;
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}
const redisUp = await redisAnswers();
const runs = Boolean(postgres.url) && redisUp;
if (!runs) console.warn(`[bff] No two-instance live-event test in this run: ${postgres.url ? `Redis at ${redisUrl} does not answer` : postgres.reason}`);
if (postgres.required && !postgres.url) it('reaches TEST_DATABASE_URL', () => { throw new Error(postgres.reason); });

const schemaName = `luotsi_live_${Date.now().toString(36)}_${process.pid}`;
const operations = frontendOperations();
/** The frontends' operation of this name, by its persisted id. */
function operation(name: string): string {
  for (const [id, text] of operations) if (new RegExp(`^\\s*(query|mutation|subscription) ${name}\\b`).test(text)) return id;
  throw new Error(`no frontend operation ${name}`);
}

interface Instance {
  base: string;
  live: LiveEvents;
  server: Server;
}

let db: Database;
const instances: Instance[] = [];
const users = new Map<string, AuthenticatedUser>();

/** One BFF app with its own live events on Redis; the test's header names the signed-in user. */
async function startInstance(): Promise<Instance> {
  const config = { ...loadConfig({ LUOTSI_MODE: 'demo', PORT: '1' }), staticDir: undefined };
  const live = createLiveEvents({
    redis: { publish: new Redis(redisUrl), subscribe: new Redis(redisUrl) },
    channelPrefix: `luotsi:test:${schemaName}`,
  });
  const app = createApp({
    config, logger: createLogger('silent'), prisma: () => db.prisma, ping: () => db.ping(), schema: buildSchema(bffModules),
    registry: await createRegistry(frontendModules, { staticDir: undefined, disabled: new Set(), logger: createLogger('silent') }),
    frontendIds: frontendModules.map((m) => m.id), modules: bffModules,
    persistedOperations: new Map([...operations].map(([id, text]) => [id, text])),
    liveEvents: live,
    auth: {
      router: express.Router(),
      sessionMiddleware: (_req, _res, next) => next(),
      viewerOf: (req) => {
        const user = users.get(req.header('x-test-user') ?? '') ?? null;
        return { resident: user?.area === 'resident' ? user : null, staff: user?.area === 'staff' ? user : null };
      },
    },
  });
  const server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  return { base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, live, server };
}

const headers = (user: string, accept = 'application/graphql-response+json, application/json') => ({
  'content-type': 'application/json', accept, 'x-luotsi-csrf': '1', 'x-test-user': user,
});

async function mutate(instance: Instance, user: string, name: string, variables: object): Promise<Record<string, { id: string } | null>> {
  const response = await fetch(`${instance.base}/graphql`, {
    method: 'POST', headers: headers(user),
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: operation(name) } }, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, { id: string } | null>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data ?? {};
}

/** Opens the queue subscription the queue page opens, and resolves with its first event. */
async function firstQueueEvent(instance: Instance, user: string, signal: AbortSignal): Promise<{ event: Promise<unknown> }> {
  const response = await fetch(`${instance.base}/graphql`, {
    method: 'POST', headers: headers(user, 'text/event-stream'), signal,
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: operation('SymptomQueueEvents') } }, variables: {} }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const event = (async () => {
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) throw new Error('the stream ended without an event');
      buffer += value;
      const match = /event: next\ndata: (.*)\n\n/.exec(buffer);
      if (match) return JSON.parse(match[1]!) as unknown;
    }
  })();
  // Wrapped: an async function returning the promise itself would wait for the event.
  return { event };
}

describe.runIf(runs)('live queue events across two BFF instances', () => {
  beforeAll(async () => {
    db = await openDatabase({ url: postgres.url ?? '', schema: schemaName });
    await migrate(db);
    await seedAll(db.prisma, [identityModule, symptomsModule].flatMap((m) => (m.seed ? [m.seed] : [])));
    for (const [key, area, subject] of [['hanna', 'staff', 'staff-hanna'], ['maria', 'staff', 'demo-staff-maria'], ['tessa', 'resident', 'resident-tessa']] as const) {
      const user = await resolveUser(db.prisma, area, { sub: subject });
      if (!user) throw new Error(`no ${subject}`);
      users.set(key, { ...user, roles: [...user.roles] });
    }
    instances.push(await startInstance(), await startInstance());
  }, 120_000);

  afterAll(async () => {
    for (const i of instances) {
      i.server.closeAllConnections();
      await new Promise<void>((r) => i.server.close(() => r()));
      await i.live.close();
    }
    await db?.close();
    if (postgres.url) await dropTestSchemas(postgres.url, [schemaName]);
  });

  it('shows a request sent through instance A in a queue subscribed through instance B', async () => {
    const [a, b] = instances as [Instance, Instance];
    const controller = new AbortController();
    try {
      const hannas = await firstQueueEvent(b, 'hanna', controller.signal);
      // The stream is open; wait until instance B's SUBSCRIBE to Espoo's queue is in force in Redis.
      const espoo = await db.prisma.unit.findUniqueOrThrow({ where: { code: 'ESP-TK' } });
      const channel = `luotsi:test:${schemaName}:symptoms.queue:${espoo.id}`;
      const probe = new Redis(redisUrl);
      try {
        await vi.waitFor(async () => expect((await probe.pubsub('NUMSUB', channel))[1]).toBe(1), { timeout: 5000, interval: 20 });
      } finally {
        probe.disconnect();
      }
      const saved = await mutate(a, 'tessa', 'SaveSymptomAssessment', {
        input: {
          questionnaireId: 'respiratory-infection',
          answers: JSON.stringify({
            'severe-breathlessness': 'no', 'blue-lips': 'no', confusion: 'no', 'chest-pain': 'no', 'coughing-blood': 'no',
            age: 40, fever: 'none', breathing: 'breathless-on-exertion', 'symptom-days': 3, 'other-symptoms': ['cough'],
          }),
        },
      });
      const sent = await mutate(a, 'tessa', 'SendSymptomContactRequest', { input: { assessmentId: saved['saveSymptomAssessment']?.id, consent: true, phone: '040 123 4567' } });
      const requestId = sent['sendSymptomContactRequest']?.id;
      expect(requestId).toBeTruthy();
      expect(await hannas.event).toEqual({ data: { symptomQueueEvents: { kind: 'received', contactRequestId: requestId, urgency: 'same-day' } } });
    } finally {
      controller.abort();
    }
  }, 60_000);
});
