import express, { type Express, type RequestHandler, type Router } from 'express';
import type { Logger } from 'pino';
import type { GraphQLSchema } from 'graphql';
import type { AuthenticatedUser, BffModule } from '@luotsi/bff-core';
import type { PrismaClient } from '@luotsi/db';
import type { BffConfig } from './config';
import { createGraphqlHandler } from './graphql';
import { requestIdMiddleware } from './logging';
import type { RegistryResponse } from './registry';
import { serveFrontends } from './static-files';

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
  registry: () => RegistryResponse;
  modules: readonly BffModule[];
  auth: AuthParts;
  /** Set while the process drains on SIGTERM: /readyz turns 503 so the load balancer moves on. */
  isDraining?: () => boolean;
}

export function createApp(deps: AppDeps): Express {
  const { config, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  // Behind a load balancer in production; the embedded setup talks to the browser directly.
  app.set('trust proxy', config.mode === 'production' ? 1 : false);
  app.use(requestIdMiddleware(logger));

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
  app.get('/modules.json', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.json(deps.registry());
  });

  if (deps.auth.devIdentityProvider) app.use('/idp', deps.auth.devIdentityProvider);
  app.use(deps.auth.sessionMiddleware);
  app.use(deps.auth.router);

  const yoga = createGraphqlHandler({
    schema: deps.schema,
    prisma: deps.prisma,
    logger,
    production: config.mode === 'production',
    viewerOf: deps.auth.viewerOf,
  });
  app.use(yoga.graphqlEndpoint, (req, res, next) => {
    // Personal data must not stay in shared or browser caches.
    res.setHeader('Cache-Control', 'no-store');
    next();
  }, yoga);

  for (const module of deps.modules) {
    if (!module.routes) continue;
    const router = express.Router();
    module.routes(router, { prisma: deps.prisma });
    app.use(`/api/${module.id}`, router);
  }

  if (config.staticDir)
    serveFrontends(app, config.staticDir, deps.registry().modules.map((m) => m.id));

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
