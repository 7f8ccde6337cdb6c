/**
 * Test support for the security specs: the whole BFF app over HTTP on a seeded PGlite database,
 * in the mode and with the settings a spec needs. Several apps may share one database.
 */
import { existsSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import type { Redis } from 'ioredis';
import { buildSchema, resolveUser } from '@luotsi/bff-core';
import { migrate, openDatabase, seedAll, type Database } from '@luotsi/db';
import { createAuth, MemorySessionStore } from '@luotsi/identity-bff';
// The very code that writes the production manifests, so the tests allow the same operations
// (tools/ is build tooling, not an Nx project that could be imported by name).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { persistedOperationId, readDocuments } from '../../../../tools/vite/graphql-documents';
import { createApp } from '../app';
import { loadConfig, type BffConfig, type Mode } from '../config';
import { createLogger } from '../logging';
import { bffModules, frontendModules } from '../modules';
import { createRegistry } from '../registry';
import type { PersistedOperations } from './persisted-operations';

const schema = buildSchema(bffModules);
const appsDir = resolve(import.meta.dirname, '../../..');

export async function openSeededDatabase(): Promise<Database> {
  const db = await openDatabase({ url: 'memory://' });
  await migrate(db);
  await seedAll(db.prisma, bffModules.flatMap((m) => (m.seed ? [m.seed] : [])));
  return db;
}

/** Every operation the frontends send (their generated documents), by persisted-operation id. */
export function frontendOperations(): Map<string, string> {
  const operations = new Map<string, string>();
  for (const app of readdirSync(appsDir)) {
    const generated = resolve(appsDir, app, 'src/gql/graphql.ts');
    if (!existsSync(generated)) continue;
    for (const [name, text] of readDocuments(generated))
      if (name.endsWith('Document')) operations.set(persistedOperationId(text), text);
  }
  if (operations.size === 0) throw new Error('No generated GraphQL documents under apps/*/src/gql: run npm run codegen');
  return operations;
}

export interface TestApp {
  base: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  mode?: Mode;
  /** Changes to the configuration loaded for `mode`. */
  adjust?: (config: BffConfig) => BffConfig;
  persistedOperations?: PersistedOperations;
  redis?: Redis;
  rateLimitKeyPrefix?: string;
}

const productionEnv = {
  PUBLIC_URL: 'https://luotsi.example.fi',
  DATABASE_URL: 'postgres://unused',
  OIDC_RESIDENT_ISSUER: 'https://tunnistus.example.fi',
  OIDC_RESIDENT_CLIENT_ID: 'resident',
  OIDC_RESIDENT_CLIENT_SECRET: 's1',
  OIDC_STAFF_ISSUER: 'https://idp.example.fi',
  OIDC_STAFF_CLIENT_ID: 'staff',
  OIDC_STAFF_CLIENT_SECRET: 's2',
};

export async function startTestApp(db: Database, options: TestAppOptions = {}): Promise<TestApp> {
  const mode = options.mode ?? 'demo';
  const loaded = loadConfig({ LUOTSI_MODE: mode, PORT: '1', ...(mode === 'production' ? productionEnv : {}) });
  const config = (options.adjust ?? ((c) => c))({ ...loaded, staticDir: undefined });
  const logger = createLogger('silent');
  // The identity flow itself is tested in libs/identity/bff; here it only has to be mounted.
  const auth = createAuth(
    { publicUrl: 'http://localhost:1', mode: 'demo', cookieSecure: false, areas: loadConfig({ PORT: '1' }).oidc, allowInsecureIssuer: true },
    {
      sessionStore: new MemorySessionStore(),
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
      resolveUser: async (area, claims) => {
        const user = await resolveUser(db.prisma, area, { sub: claims.sub });
        return user ? { ...user, roles: [...user.roles] } : null;
      },
    },
  );
  const registry = await createRegistry(frontendModules, { staticDir: undefined, disabled: new Set(), logger });
  const app = createApp({
    config, logger, prisma: () => db.prisma, ping: () => db.ping(), schema, registry,
    frontendIds: frontendModules.map((m) => m.id), modules: bffModules,
    ...(options.persistedOperations ? { persistedOperations: options.persistedOperations } : {}),
    ...(options.redis ? { redis: options.redis } : {}),
    ...(options.rateLimitKeyPrefix ? { rateLimitKeyPrefix: options.rateLimitKeyPrefix } : {}),
    auth: {
      router: auth.router,
      sessionMiddleware: auth.sessionMiddleware,
      viewerOf: (req) => ({ resident: req.session?.resident ?? null, staff: req.session?.staff ?? null }),
    },
  });
  const server: Server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  return {
    base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export interface GraphqlReply {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** POSTs a GraphQL request the way the frontends do (CSRF header, JSON). */
export async function postGraphql(base: string, request: object, headers: Record<string, string> = { 'x-luotsi-csrf': '1' }): Promise<GraphqlReply> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify(request),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphqlReply['body'] };
}

/** The first error's code. */
export const codeOf = (reply: GraphqlReply): unknown => reply.body.errors?.[0]?.extensions?.['code'];
