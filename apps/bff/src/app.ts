import express, { type Express, type RequestHandler, type Router } from 'express';
import type { Logger } from 'pino';
import type { Redis } from 'ioredis';
import type { GraphQLSchema } from 'graphql';
import { createLiveEvents, type AuthenticatedUser, type BffModule, type LiveEvents } from '@luotsi/bff-core';
import type { PrismaClient } from '@luotsi/db';
import { devMailboxRouter, type NotificationRelay } from '@luotsi/notify';
import type { BffConfig } from './config';
import { createGraphqlHandler, csrfHeader } from './graphql';
import { requestIdMiddleware } from './logging';
import type { RegistryResponse } from './registry';
import { serveFrontends } from './static-files';
import { noStore, securityHeaders } from './security/http-headers';
import { loadPersistedOperations, type PersistedOperations } from './security/persisted-operations';
import { createRateLimiter, signInRateLimit } from './security/rate-limit';

export interface AuthParts {
  /** Mounted at the root: /auth/{resident|staff}/login, /callback, /logout and /auth/session. */
  router: Router;
  sessionMiddleware: RequestHandler;
  /** The embedded OpenID provider (demo and development only), mounted at /idp. */
  devIdentityProvider?: Router;
  viewerOf: (req: express.Request) => { resident: AuthenticatedUser | null; staff: AuthenticatedUser | null };
}

export interface AppDeps {
  config: BffConfig;
  logger: Logger;
  prisma: () => PrismaClient;
  ping: () => Promise<boolean>;
  schema: GraphQLSchema;
  registry: () => Promise<RegistryResponse>;
  /** Ids of the frontend modules, for serving their built files. */
  frontendIds: readonly string[];
  modules: readonly BffModule[];
  auth: AuthParts;
  /** Rate-limit counters are kept here when REDIS_URL is set (shared by every instance). */
  redis?: Redis | null;
  /** Namespace of the rate-limit keys in Redis (one per environment sharing a Redis, or test run). */
  rateLimitKeyPrefix?: string;
  /**
   * The operations GraphQL runs when `config.graphql.persistedOperationsOnly`; by default read from
   * the built frontends' manifests in `config.staticDir`.
   */
  persistedOperations?: PersistedOperations;
  /** Set while the process drains on SIGTERM: /readyz turns 503 so the load balancer moves on. */
  isDraining?: () => boolean;
  /** The outbox relay: nudged after each GraphQL request that wrote notifications. */
  notifications?: Pick<NotificationRelay, 'afterRequest'>;
  /** Events of GraphQL subscriptions: through Redis with several instances; in memory by default. */
  liveEvents?: LiveEvents;
}

export function createApp(deps: AppDeps): Express {
  const { config, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  // Behind a load balancer in production; the embedded setup talks to the browser directly.
  app.set('trust proxy', config.mode === 'production' ? 1 : false);
  app.use(requestIdMiddleware(logger));
  app.use(securityHeaders(config.mode));

  app.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (deps.isDraining?.()) return void res.status(503).json({ status: 'draining' });
    const database = await deps.ping().catch(() => false);
    res.status(database ? 200 : 503).json({ status: database ? 'ready' : 'unavailable', database });
  });
  app.get('/modules.json', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.json(await deps.registry());
  });

  // Sign-in attempts per client address: starting one, and choosing a persona in the demo IdP.
  const signInLimit = signInRateLimit(
    createRateLimiter({ ...config.rateLimit.signIn, keyPrefix: `${deps.rateLimitKeyPrefix ?? 'luotsi:rate'}:sign-in`, redis: deps.redis }),
  );
  app.get('/auth/:area/login', signInLimit);
  app.post('/idp/interaction/:uid/login', signInLimit);

  if (deps.auth.devIdentityProvider) app.use('/idp', deps.auth.devIdentityProvider);
  // Static files first: they need no session, and reading one per asset would cost store reads.
  if (config.staticDir)
    serveFrontends(app, config.staticDir, deps.frontendIds);
  app.use(deps.auth.sessionMiddleware);
  // Sessions and personal data: never stored by a cache (a route may still say otherwise).
  app.use(['/auth', '/api'], noStore);
  app.use(deps.auth.router);

  const persistedOperations = config.graphql.persistedOperationsOnly
    ? (deps.persistedOperations ?? loadPersistedOperations(config.staticDir, deps.frontendIds))
    : null;
  if (persistedOperations?.size === 0)
    logger.warn({ staticDir: config.staticDir }, 'no persisted GraphQL operations found (build the frontends): every operation will be refused');
  const yoga = createGraphqlHandler({
    schema: deps.schema,
    prisma: deps.prisma,
    logger,
    hardening: {
      persistedOperations,
      introspection: config.graphql.introspection,
      timeoutMs: config.graphql.timeoutMs,
      mutationLimiter: createRateLimiter({ ...config.rateLimit.mutations, keyPrefix: `${deps.rateLimitKeyPrefix ?? 'luotsi:rate'}:mutations`, redis: deps.redis }),
    },
    viewerOf: deps.auth.viewerOf,
    live: deps.liveEvents ?? createLiveEvents(),
  });
  const graphql: RequestHandler = (req, res) => {
    // Personal data must not stay in shared or browser caches.
    res.setHeader('Cache-Control', 'no-store');
    // Stricter than Yoga's own check (which lets preflighted content types through): every
    // operation must carry the header, which no cross-site form or simple request can set.
    if (!req.header(csrfHeader)) {
      res.status(403).json({ errors: [{ message: `The ${csrfHeader} header is required.`, extensions: { code: 'CSRF' } }] });
      return;
    }
    // After the response the request's transactions have committed: deliver what they wrote now.
    if (deps.notifications) res.once('finish', () => deps.notifications?.afterRequest());
    void yoga(req, res, { req, res });
  };
  app.use(yoga.graphqlEndpoint, graphql);
  // The development mailbox: not mounted in production, where its paths are 404.
  if (config.notifications.devMailbox) app.use(devMailboxRouter({ prisma: deps.prisma, viewerOf: deps.auth.viewerOf }));

  for (const module of deps.modules) {
    if (!module.routes) continue;
    const router = express.Router();
    module.routes(router, { prisma: deps.prisma, viewerOf: deps.auth.viewerOf, modules: deps.modules });
    app.use(`/api/${module.id}`, router);
  }

  app.use((req, res) => {
    res.status(404);
    if (req.accepts(['html', 'json']) === 'json') res.json({ error: 'not-found' });
    else res.type('text/plain').send('Not found');
  });
  const errorHandler: express.ErrorRequestHandler = (error, req, res, _next) => {
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 600 ? error.status : 500;
    if (status >= 500) logger.error({ err: error, path: req.path }, 'unhandled error');
    if (res.headersSent) return;
    res.status(status).json({ error: status === 404 ? 'not-found' : status >= 500 ? 'internal' : 'bad-request', requestId: res.locals['requestId'] });
  };
  app.use(errorHandler);
  return app;
}
