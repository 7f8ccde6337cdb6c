import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { buildSchema, printSchemaSdl, resolveUser } from '@luotsi/bff-core';
import { dropTestSchemas, findTestPostgres, migrate, openDatabase, seedAll, type Database } from '@luotsi/db';
import { createAuth, MemorySessionStore } from '@luotsi/identity-bff';
import { createApp } from './app';
import { loadConfig } from './config';
import { createLogger } from './logging';
import { bffModules, frontendModules } from './modules';
import { createRegistry } from './registry';

const schema = buildSchema(bffModules);

describe('schema.graphql', () => {
  it('is what the code builds (run npm run schema:print after changing the schema)', () => {
    const checkedIn = readFileSync(resolve(import.meta.dirname, '../schema.graphql'), 'utf8');
    expect(printSchemaSdl(schema)).toBe(checkedIn);
  });
});

/** PGlite always; PostgreSQL too when one answers (TEST_DATABASE_URL or the local one). */
const postgres = await findTestPostgres();
const schemaName = `bff_it_${process.pid}_${Date.now()}`;
const targets: { name: string; open: () => Promise<Database>; cleanup?: () => Promise<void> }[] = [
  { name: 'PGlite', open: () => openDatabase({ url: 'memory://' }) },
];
if (postgres.url) {
  const url = postgres.url;
  targets.push({ name: 'PostgreSQL', open: () => openDatabase({ url, schema: schemaName }), cleanup: () => dropTestSchemas(url, [schemaName]) });
} else if (postgres.required) throw new Error(postgres.reason);
else console.warn(`${postgres.reason}: the BFF integration tests run on PGlite only.`);

describe.each(targets)('the BFF over HTTP on $name', (target) => {
  let db: Database;
  let server: Server;
  let base = '';
  let draining = false;

  beforeAll(async () => {
    db = await target.open();
    await migrate(db);
    await seedAll(db.prisma, bffModules.flatMap((m) => (m.seed ? [m.seed] : [])));
    const demo = loadConfig({ LUOTSI_MODE: 'demo', PORT: '1' });
    // Ad-hoc documents here; the persisted-operation allow-list is attacked in security/*.spec.ts.
    const config = { ...demo, staticDir: undefined, graphql: { ...demo.graphql, persistedOperationsOnly: false } };
    const logger = createLogger('silent');
    const auth = createAuth(
      { publicUrl: 'http://localhost:1', mode: 'demo', cookieSecure: false, areas: config.oidc, allowInsecureIssuer: true },
      { sessionStore: new MemorySessionStore(), resolveUser: async (area, claims) => {
        const user = await resolveUser(db.prisma, area, { sub: claims.sub });
        return user ? { ...user, roles: [...user.roles] } : null;
      } },
    );
    const registry = await createRegistry(frontendModules, { staticDir: undefined, disabled: new Set(['insights']), logger });
    const app = createApp({
      config, logger, prisma: () => db.prisma, ping: () => db.ping(), schema, registry,
      frontendIds: frontendModules.map((m) => m.id), modules: bffModules, isDraining: () => draining,
      auth: {
        router: auth.router,
        sessionMiddleware: auth.sessionMiddleware,
        viewerOf: (req) => ({ resident: req.session?.resident ?? null, staff: req.session?.staff ?? null }),
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
    await target.cleanup?.();
  });

  const graphql = (query: string, headers: Record<string, string> = { 'x-luotsi-csrf': '1' }) =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

  it('answers /healthz and gives every response a request id', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps a sane request id from the proxy and replaces a hostile one', async () => {
    expect((await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'lb-1234567890' } })).headers.get('x-request-id')).toBe('lb-1234567890');
    expect((await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'x\nforged: 1' } }).catch(() => null))?.headers.get('x-request-id') ?? 'refused').not.toContain('forged');
  });

  it('is ready when the database answers, and not while draining', async () => {
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    draining = true;
    const response = await fetch(`${base}/readyz`);
    draining = false;
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'draining' });
  });

  it('lists the enabled modules in /modules.json', async () => {
    const body = (await (await fetch(`${base}/modules.json`)).json()) as { modules: { id: string; enabled: boolean; remoteEntry: string }[] };
    expect(body.modules.map((m) => [m.id, m.enabled])).toEqual([
      ['family-center', true], ['symptom-check', true], ['service-tray', true], ['caregiver-portal', true], ['appointments', true], ['insights', false], ['privacy', true], ['messages', true],
    ]);
    expect(body.modules[0]?.remoteEntry).toBe('/modules/family-center/remoteEntry.js');
  });

  it('refuses a GraphQL POST without the CSRF header, with no data', async () => {
    const response = await graphql('{ familyArticles { slug } }', {});
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('slug');
  });

  it('serves public data in the reader’s language, never cached', async () => {
    const response = await graphql('{ familyArticles { slug title { text language } } }', { 'x-luotsi-csrf': '1', 'x-luotsi-language': 'sv' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { data: { familyArticles: { slug: string; title: { text: string; language: string } }[] } };
    expect(body.data.familyArticles.find((a) => a.slug === 'vauvan-uni')?.title).toEqual({ text: 'Babyns sömn de första månaderna', language: 'sv' });
  });

  it('refuses personal data without a session', async () => {
    const body = (await (await graphql('{ me { firstName } }')).json()) as { data: unknown; errors: { extensions: { code: string } }[] };
    expect(body.data).toBeNull();
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers 404 in JSON for unknown API paths', async () => {
    const response = await fetch(`${base}/api/nothing`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not-found' });
  });

  it('masks an unexpected failure and gives the request id to quote', async () => {
    await db.close();
    const response = await graphql('{ familyArticles { slug } }');
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string; requestId: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(body.errors[0]?.message).toBe(`Something went wrong on our side. Request id: ${response.headers.get('x-request-id')}`);
    expect(body.errors[0]?.extensions.requestId).toBe(response.headers.get('x-request-id'));
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
  });
});
