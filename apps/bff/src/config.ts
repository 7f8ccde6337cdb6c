import { z } from 'zod';

/**
 * The BFF's whole configuration, read from the environment once at startup and validated.
 *
 * Modes:
 * - development: `npm run dev`; Vite dev servers for the frontends, the embedded IdP and database.
 * - demo: `npm start`; the production build with production hardening, plus the embedded
 *   database, the embedded IdP (persona picker) and demo data.
 * - production: external database and IdPs from configuration; refuses the embedded IdP and demo
 *   data.
 */
export const modes = ['development', 'demo', 'production'] as const;
export type Mode = (typeof modes)[number];

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const env = z.object({
  LUOTSI_MODE: z.enum(modes).default('demo'),
  NODE_ENV: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(4200),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z.string().optional(),
  LUOTSI_DATA_DIR: z.string().optional(),
  REDIS_URL: z.string().optional(),
  LUOTSI_DEMO_DATA: boolean.optional(),
  LUOTSI_MIGRATE_ON_START: boolean.optional(),
  LUOTSI_STATIC_DIR: z.string().optional(),
  LUOTSI_DEV_FRONTENDS: boolean.optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  COOKIE_SECURE: boolean.optional(),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).max(120).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRAPHQL_TIMEOUT_SECONDS: z.coerce.number().min(1).max(120).default(15),
  RATE_LIMIT_SIGN_IN_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
  RATE_LIMIT_MUTATIONS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(60),
  JOBS_WORKERS: boolean.optional(),
  JOBS_HISTORY_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  OIDC_RESIDENT_ISSUER: z.string().url().optional(),
  OIDC_RESIDENT_CLIENT_ID: z.string().optional(),
  OIDC_RESIDENT_CLIENT_SECRET: z.string().optional(),
  OIDC_STAFF_ISSUER: z.string().url().optional(),
  OIDC_STAFF_CLIENT_ID: z.string().optional(),
  OIDC_STAFF_CLIENT_SECRET: z.string().optional(),
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().optional(),
  SMS_PROVIDER_URL: z.string().url().optional(),
  SMS_PROVIDER_TOKEN: z.string().optional(),
  SMS_SENDER: z.string().max(11).optional(),
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  NOTIFY_POLL_SECONDS: z.coerce.number().min(0.2).max(300).default(5),
  LUOTSI_TEST_CRASH_POINT: z.enum(['after-notify-commit', 'after-send']).optional(),
});

export interface OidcClientConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface BffConfig {
  mode: Mode;
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string | undefined;
  redisUrl: string | undefined;
  demoData: boolean;
  migrateOnStart: boolean;
  /** Folder of the built frontends (dist/apps); absent in development. */
  staticDir: string | undefined;
  /** Development: remotes come from their Vite dev servers. */
  devFrontends: boolean;
  session: { idleMinutes: number; absoluteHours: number; cookieSecure: boolean };
  shutdownGraceSeconds: number;
  logLevel: string;
  /** GraphQL hardening (docs/security.md); everything but development is hardened like production. */
  graphql: {
    /** Only operations of the frontends' build manifests run; development accepts any document. */
    persistedOperationsOnly: boolean;
    /** Introspection and "did you mean" suggestions, for GraphiQL and codegen in development. */
    introspection: boolean;
    timeoutMs: number;
  };
  /** Requests per client per window; the store is Redis when REDIS_URL is set, memory otherwise. */
  rateLimit: {
    signIn: { points: number; durationSeconds: number };
    mutations: { points: number; durationSeconds: number };
  };
  /** The embedded OpenID provider at /idp (demo and development only). */
  devIdentityProvider: boolean;
  oidc: { resident: OidcClientConfig; staff: OidcClientConfig };
  /**
   * Background jobs (docs/operations.md "Jobs"): whether this instance runs the workers and the
   * scheduler (JOBS_WORKERS, default yes), and how many days past runs stay visible.
   */
  jobs: { workers: boolean; historyDays: number };
  /** Notification channels and the outbox relay (docs/operations.md, "Notifications"). */
  notifications: {
    /** E-mail over SMTP; without it e-mail goes to the development mailbox (off in production). */
    smtp: { url: string; from: string } | undefined;
    sms: { url: string; token: string; sender: string | undefined } | undefined;
    /** /dev/mailbox and the mailbox transports: development and demo only. */
    devMailbox: boolean;
    maxAttempts: number;
    pollMs: number;
    /** Test-only crash point (LUOTSI_TEST_CRASH_POINT); always undefined in production mode. */
    crashPoint: 'after-notify-commit' | 'after-send' | undefined;
  };
}

export class ConfigError extends Error {}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): BffConfig {
  const parsed = env.safeParse(source);
  if (!parsed.success)
    throw new ConfigError(
      `Invalid configuration:\n${parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  const e = parsed.data;
  const production = e.LUOTSI_MODE === 'production';
  if (!production && e.NODE_ENV === 'production')
    throw new ConfigError('NODE_ENV=production requires LUOTSI_MODE=production: the embedded IdP and demo data cannot run with it.');
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  const demoData = e.LUOTSI_DEMO_DATA ?? !production;
  const devIdentityProvider = !production;
  if (production) {
    const missing = [
      ['DATABASE_URL', e.DATABASE_URL],
      ['OIDC_RESIDENT_ISSUER', e.OIDC_RESIDENT_ISSUER],
      ['OIDC_RESIDENT_CLIENT_ID', e.OIDC_RESIDENT_CLIENT_ID],
      ['OIDC_RESIDENT_CLIENT_SECRET', e.OIDC_RESIDENT_CLIENT_SECRET],
      ['OIDC_STAFF_ISSUER', e.OIDC_STAFF_ISSUER],
      ['OIDC_STAFF_CLIENT_ID', e.OIDC_STAFF_CLIENT_ID],
      ['OIDC_STAFF_CLIENT_SECRET', e.OIDC_STAFF_CLIENT_SECRET],
    ].filter(([, v]) => !v).map(([k]) => k);
    if (missing.length) throw new ConfigError(`Production mode needs ${missing.join(', ')}.`);
    if (demoData) throw new ConfigError('Production mode refuses demo data (LUOTSI_DEMO_DATA).');
    if (!publicUrl.startsWith('https://')) throw new ConfigError('Production mode needs an https PUBLIC_URL.');
  }
  if (e.SMS_PROVIDER_URL && !e.SMS_PROVIDER_TOKEN) throw new ConfigError('SMS_PROVIDER_URL needs SMS_PROVIDER_TOKEN.');
  const embedded = (area: 'resident' | 'staff'): OidcClientConfig => ({
    issuer: `${publicUrl}/idp`,
    clientId: `luotsi-${area}`,
    // The embedded provider's client secrets protect nothing real: it only knows demo personas.
    clientSecret: `luotsi-${area}-demo-secret`,
  });
  return {
    mode: e.LUOTSI_MODE,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir: e.LUOTSI_DATA_DIR,
    redisUrl: e.REDIS_URL || undefined,
    demoData,
    migrateOnStart: e.LUOTSI_MIGRATE_ON_START ?? !production,
    staticDir: e.LUOTSI_STATIC_DIR,
    devFrontends: e.LUOTSI_DEV_FRONTENDS ?? e.LUOTSI_MODE === 'development',
    session: {
      idleMinutes: e.SESSION_IDLE_MINUTES,
      absoluteHours: e.SESSION_ABSOLUTE_HOURS,
      cookieSecure: e.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
    },
    shutdownGraceSeconds: e.SHUTDOWN_GRACE_SECONDS,
    logLevel: e.LOG_LEVEL,
    graphql: {
      persistedOperationsOnly: e.LUOTSI_MODE !== 'development',
      introspection: e.LUOTSI_MODE === 'development',
      timeoutMs: e.GRAPHQL_TIMEOUT_SECONDS * 1000,
    },
    rateLimit: {
      signIn: { points: e.RATE_LIMIT_SIGN_IN_PER_MINUTE, durationSeconds: 60 },
      mutations: { points: e.RATE_LIMIT_MUTATIONS_PER_MINUTE, durationSeconds: 60 },
    },
    devIdentityProvider,
    jobs: { workers: e.JOBS_WORKERS ?? true, historyDays: e.JOBS_HISTORY_DAYS },
    oidc: production
      ? {
          resident: { issuer: e.OIDC_RESIDENT_ISSUER!, clientId: e.OIDC_RESIDENT_CLIENT_ID!, clientSecret: e.OIDC_RESIDENT_CLIENT_SECRET! },
          staff: { issuer: e.OIDC_STAFF_ISSUER!, clientId: e.OIDC_STAFF_CLIENT_ID!, clientSecret: e.OIDC_STAFF_CLIENT_SECRET! },
        }
      : { resident: embedded('resident'), staff: embedded('staff') },
    notifications: {
      smtp: e.SMTP_URL ? { url: e.SMTP_URL, from: e.SMTP_FROM ?? `Luotsi <no-reply@${new URL(publicUrl).hostname}>` } : undefined,
      sms: e.SMS_PROVIDER_URL && e.SMS_PROVIDER_TOKEN ? { url: e.SMS_PROVIDER_URL, token: e.SMS_PROVIDER_TOKEN, sender: e.SMS_SENDER } : undefined,
      devMailbox: !production,
      maxAttempts: e.NOTIFY_MAX_ATTEMPTS,
      pollMs: Math.round(e.NOTIFY_POLL_SECONDS * 1000),
      // A crash point kills the process on purpose: never honoured in production.
      crashPoint: production ? undefined : e.LUOTSI_TEST_CRASH_POINT,
    },
  };
}
