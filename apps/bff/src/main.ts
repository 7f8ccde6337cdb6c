import { Redis } from 'ioredis';
import { buildSchema, createLiveEvents, resolveUser } from '@luotsi/bff-core';
import { migrate, openDatabase, seedAll } from '@luotsi/db';
import { startJobs } from '@luotsi/jobs';
import {
  createAuth, createDevIdentityProvider, RedisSessionStore, SqlSessionStore, type SessionStore,
} from '@luotsi/identity-bff';
import { personas } from '@luotsi/identity-domain';
import { createNotificationRelay, devMailboxEmail, devMailboxSms, disabledEmail, disabledSms, httpSmsProvider, smtpEmail } from '@luotsi/notify';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logging';
import { bffModules, devPorts, frontendModules } from './modules';
import { createRegistry } from './registry';
import { bundledMigrationsDir, resolveStaticDir } from './static-dir';
import { createDrainableServer } from './server';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  logger.info({ mode: config.mode, publicUrl: config.publicUrl }, 'starting');

  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  logger.info({ database: db.description }, 'database open');
  if (config.migrateOnStart) {
    const result = await migrate(db, { migrationsDir: bundledMigrationsDir() });
    logger.info({ applied: result.applied }, 'migrations up to date');
  }
  if (config.demoData) {
    await seedAll(db.prisma, bffModules.flatMap((m) => (m.seed ? [m.seed] : [])));
    logger.info('demo data in place');
  }
  // After the migrations and demo data: jobs may read any module's tables.
  const jobs = await startJobs({
    database: db,
    connectionString: config.databaseUrl,
    modules: bffModules,
    logger,
    workers: config.jobs.workers,
    historyDays: config.jobs.historyDays,
  });

  const schema = buildSchema(bffModules);
  const staticDir = resolveStaticDir(config);
  const registry = await createRegistry(
    frontendModules.map((m) => ({ ...m, ...(config.devFrontends ? { devOrigin: `http://localhost:${devPorts[m.id]}` } : {}) })),
    { staticDir, disabled: new Set((process.env['LUOTSI_DISABLED_MODULES'] ?? '').split(',').filter(Boolean)), logger, live: config.devFrontends },
  );

  const redis = config.redisUrl ? new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 }) : null;
  const sessionStore: SessionStore = redis ? new RedisSessionStore(redis) : new SqlSessionStore(db.prisma.session);
  // Subscriptions' events cross instances through Redis pub/sub: a connection of their own to
  // publish and one in subscriber mode (which can do nothing else).
  const liveEvents = createLiveEvents({
    redis: config.redisUrl ? { publish: new Redis(config.redisUrl), subscribe: new Redis(config.redisUrl) } : null,
    onError: (error) => logger.warn({ err: error }, 'live events: Redis failed a command; subscribers may miss an event'),
  });
  const devIdp = config.devIdentityProvider
    ? createDevIdentityProvider({
        issuer: `${config.publicUrl}/idp`,
        clients: {
          resident: { clientSecret: config.oidc.resident.clientSecret, redirectUris: [`${config.publicUrl}/auth/resident/callback`] },
          staff: { clientSecret: config.oidc.staff.clientSecret, redirectUris: [`${config.publicUrl}/auth/staff/callback`] },
        },
        personas,
        mode: config.mode,
        logger,
      })
    : undefined;
  const auth = createAuth(
    {
      publicUrl: config.publicUrl,
      mode: config.mode,
      cookieSecure: config.session.cookieSecure,
      sessionIdleMinutes: config.session.idleMinutes,
      sessionAbsoluteHours: config.session.absoluteHours,
      areas: config.oidc,
      allowInsecureIssuer: config.devIdentityProvider,
    },
    {
      sessionStore,
      logger,
      resolveUser: async (area, claims) => {
        const code = typeof claims['personal_identity_code'] === 'string' ? claims['personal_identity_code'] : undefined;
        const user = await resolveUser(db.prisma, area, { sub: claims.sub, ...(code ? { personalIdentityCode: code } : {}) });
        return user ? { ...user, roles: [...user.roles] } : null;
      },
    },
  );

  // The outbox relay: one per instance; instances share the work through row locks.
  const notify = config.notifications;
  const notifications = createNotificationRelay({
    prisma: () => db.prisma,
    types: bffModules.flatMap((m) => m.notifications ?? []),
    email: notify.smtp ? smtpEmail({ ...notify.smtp, publicUrl: config.publicUrl }) : notify.devMailbox ? devMailboxEmail(() => db.prisma) : disabledEmail(),
    sms: notify.sms ? httpSmsProvider(notify.sms) : notify.devMailbox ? devMailboxSms(() => db.prisma) : disabledSms(),
    env: { publicUrl: config.publicUrl },
    logger,
    retry: { maxAttempts: notify.maxAttempts, baseDelayMs: 30_000, maxDelayMs: 6 * 60 * 60_000 },
    pollMs: notify.pollMs,
    crashPoint: notify.crashPoint,
  });
  if (!notify.smtp) logger.warn(notify.devMailbox ? 'no SMTP_URL: e-mails go to the development mailbox at /dev/mailbox' : 'no SMTP_URL: e-mail notifications are cancelled');
  if (notify.crashPoint) logger.warn({ crashPoint: notify.crashPoint }, 'LUOTSI_TEST_CRASH_POINT is set: this process will kill itself on purpose');

  // The server exists before the app so that /readyz can report draining; it calls the app per request.
  const http = createDrainableServer((req, res) => app(req, res), config.shutdownGraceSeconds);
  const app = createApp({
    config: { ...config, staticDir },
    logger,
    prisma: () => db.prisma,
    ping: () => db.ping(),
    schema,
    registry,
    frontendIds: frontendModules.map((m) => m.id),
    modules: bffModules,
    redis,
    isDraining: () => http.isDraining(),
    notifications,
    liveEvents,
    auth: {
      router: auth.router,
      sessionMiddleware: auth.sessionMiddleware,
      ...(devIdp ? { devIdentityProvider: devIdp.router } : {}),
      viewerOf: (req) => ({ resident: req.session?.resident ?? null, staff: req.session?.staff ?? null }),
    },
  });

  const { server } = http;
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  logger.info({ url: config.publicUrl, port: config.port }, 'Luotsi is ready');
  notifications.start();

  // On SIGTERM: /readyz turns 503, no new connections, in-flight requests finish (up to the grace
  // period), then the database closes and the process exits.
  const shutdown = async (signal: string) => {
    if (http.isDraining()) return;
    logger.info({ signal }, 'draining');
    // Running jobs get the same grace period as requests; an unfinished one is failed and retried.
    await Promise.all([
      http.drain(),
      jobs.stop(config.shutdownGraceSeconds).catch((error: unknown) => logger.error({ err: error }, 'job queue did not stop cleanly')),
    ]);
    await notifications.stop();
    await Promise.allSettled([db.close(), redis?.quit(), liveEvents.close()]);
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
