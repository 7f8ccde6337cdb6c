import express, { type Express, type RequestHandler, type Router } from 'express';
import type { Logger } from 'pino';
import type { GraphQLSchema } from 'graphql';
import type { AuthenticatedUser, BffModule } from '@luotsi/bff-core';
import type { PrismaClient } from '@luotsi/db';
import type { BffConfig } from './config';
import { createGraphqlHandler, csrfHeader } from './graphql';
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
  registry: () => Promise<RegistryResponse>;
  /** Ids of the frontend modules, for serving their built files. */
  frontendIds: readonly string[];
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
  app.get('/modules.json', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.json(await deps.registry());
  });

  if (deps.auth.devIdentityProvider) app.use('/idp', deps.auth.devIdentityProvider);
  // Static files first: they need no session, and reading one per asset would cost store reads.
  if (config.staticDir)
    serveFrontends(app, config.staticDir, deps.frontendIds);
  app.use(deps.auth.sessionMiddleware);
  app.use(deps.auth.router);

  const yoga = createGraphqlHandler({
    schema: deps.schema,
    prisma: deps.prisma,
    logger,
    production: config.mode === 'production',
    viewerOf: deps.auth.viewerOf,
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
    void yoga(req, res, { req, res });
  };
  app.use(yoga.graphqlEndpoint, graphql);

  for (const module of deps.modules) {
    if (!module.routes) continue;
    const router = express.Router();
    module.routes(router, { prisma: deps.prisma });
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
