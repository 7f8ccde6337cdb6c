import PgBoss from 'pg-boss';
import type { BffModule, JobDefinition, Logger } from '@luotsi/bff-core';
import type { Database } from '@luotsi/db';
import { sqlClientDb } from './pg-boss-db';
import { jobsSchemaFor, publicErrorMessage, uniqueJobId } from './store';

/** Cron schedules are Finnish wall-clock time, daylight saving included. */
export const scheduleTimeZone = 'Europe/Helsinki';

const jobNamePattern = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

export interface JobsOptions {
  database: Database;
  /** DATABASE_URL on PostgreSQL: pg-boss opens its own small pool (`?schema=` is ignored here). */
  connectionString?: string;
  modules: readonly BffModule[];
  logger: Logger;
  /**
   * Whether this instance runs jobs and the scheduler. An instance without workers still enqueues
   * (its jobs wait for an instance with workers) and can show the admin view.
   */
  workers: boolean;
  env?: Readonly<Record<string, string | undefined>>;
  now?: () => Date;
  /** Days completed and failed runs stay visible (pg-boss archive); default 7. */
  historyDays?: number;
  /** Connections of pg-boss's own pool on PostgreSQL; default 4. */
  poolSize?: number;
  /**
   * pg-boss timings, for tests: how often a worker polls (default 2 s) and how often the
   * scheduler checks the cron table (default 30 s). Production keeps the defaults.
   */
  tuning?: { pollingIntervalSeconds?: number; cronMonitorIntervalSeconds?: number; cronWorkerIntervalSeconds?: number };
}

export interface EnqueueResult {
  /** The queue's id of the job; null when a unique job with the same key already exists. */
  id: string | null;
}

export interface JobRunner {
  /** The pg-boss schema in use ("pgboss" by default). */
  readonly schema: string;
  readonly workers: boolean;
  /** Enqueues a run of a declared job now. */
  enqueue<Data extends object>(name: string, data?: Data): Promise<EnqueueResult>;
  /** Stops taking jobs, lets running ones finish (up to `graceSeconds`), then closes its pool. */
  stop(graceSeconds?: number): Promise<void>;
}

/** Every module's job definitions, checked: names well-formed and unique. */
export function collectJobs(modules: readonly BffModule[]): JobDefinition[] {
  const jobs: JobDefinition[] = [];
  const seen = new Set<string>();
  for (const module of modules) {
    for (const job of module.jobs ?? []) {
      if (!jobNamePattern.test(job.name) || !job.name.startsWith(`${module.id}.`))
        throw new Error(`Job "${job.name}" of module ${module.id}: name it "${module.id}.<job>" in kebab case.`);
      if (seen.has(job.name)) throw new Error(`Job "${job.name}" is declared twice.`);
      seen.add(job.name);
      jobs.push(job as JobDefinition);
    }
  }
  return jobs;
}

/**
 * Starts the job queue on the BFF's database: installs or upgrades pg-boss's schema, creates a
 * queue per declared job, (re)writes the schedules, and with `workers` runs the handlers and the
 * cron scheduler. Call after our migrations.
 */
export async function startJobs(options: JobsOptions): Promise<JobRunner> {
  const { database, logger } = options;
  const definitions = collectJobs(options.modules);
  const byName = new Map(definitions.map((d) => [d.name, d]));
  const current = await database.sql.query<{ schema: string | null }>('SELECT current_schema() AS schema');
  const schema = jobsSchemaFor(current[0]?.schema);
  const historyDays = options.historyDays ?? 7;
  const tuning = options.tuning ?? {};

  const connection: PgBoss.DatabaseOptions =
    database.kind === 'pglite'
      ? { db: sqlClientDb(database.sql) }
      : {
          connectionString: withoutSchemaParameter(requireUrl(options.connectionString)),
          max: options.poolSize ?? 4,
          application_name: 'luotsi-jobs',
        };
  const boss = new PgBoss({
    ...connection,
    schema,
    // Maintenance (expiring stuck runs, archiving, deleting old history) and the scheduler run
    // only where workers run; pg-boss elects one instance per interval through its version row.
    supervise: options.workers,
    schedule: options.workers,
    deleteAfterDays: historyDays,
    ...(tuning.cronMonitorIntervalSeconds ? { cronMonitorIntervalSeconds: tuning.cronMonitorIntervalSeconds } : {}),
    ...(tuning.cronWorkerIntervalSeconds ? { cronWorkerIntervalSeconds: tuning.cronWorkerIntervalSeconds } : {}),
  });
  // pg-boss reports background errors (a lost connection while polling) as events; without a
  // listener an EventEmitter 'error' would crash the process.
  boss.on('error', (error: Error) => logger.error({ err: { name: error.name, message: error.message } }, 'job queue error'));
  await boss.start();

  for (const job of definitions) {
    const queue: PgBoss.Queue = {
      name: job.name,
      retryLimit: job.retry?.limit ?? 2,
      retryDelay: job.retry?.delaySeconds ?? 60,
      retryBackoff: job.retry?.backoff ?? true,
      expireInSeconds: job.timeoutSeconds ?? 15 * 60,
      retentionMinutes: historyDays * 24 * 60,
    };
    // Instances starting together create the same queues at once, and pg-boss's create_queue can
    // then deadlock (row insert vs. the partition's foreign key); PostgreSQL aborts one, which retries.
    await retryOnDeadlock(() => boss.createQueue(job.name, queue));
    // An existing queue keeps its row: bring its settings to this version's definition.
    await retryOnDeadlock(() => boss.updateQueue(job.name, queue));
  }
  if (options.workers) await syncSchedules(boss, definitions);

  const env = options.env ?? process.env;
  const now = options.now ?? (() => new Date());
  if (options.workers) {
    for (const job of definitions) {
      await boss.work<Record<string, unknown>>(
        job.name,
        { batchSize: 1, ...(tuning.pollingIntervalSeconds ? { pollingIntervalSeconds: tuning.pollingIntervalSeconds } : {}) },
        async ([run]) => {
          if (!run) return;
          const started = Date.now();
          try {
            await job.handler({
              data: run.data ?? {},
              prisma: database.prisma,
              logger,
              now,
              modules: options.modules,
              env,
              jobId: run.id,
            });
            logger.info({ job: job.name, jobId: run.id, ms: Date.now() - started }, 'job completed');
          } catch (error) {
            logger.error({ job: job.name, jobId: run.id, err: error }, 'job failed');
            // pg-boss stores what is thrown as the run's output, which administrators see.
            throw new Error(publicErrorMessage(error));
          }
        },
      );
    }
  }
  logger.info({ schema, jobs: definitions.map((d) => d.name), workers: options.workers }, 'job queue started');

  return {
    schema,
    workers: options.workers,
    async enqueue(name, data) {
      const job = byName.get(name);
      if (!job) throw new Error(`Unknown job "${name}": declare it in a module's jobs.`);
      const payload = (data ?? {}) as Record<string, unknown>;
      if (!job.uniqueKey) return { id: await boss.send(name, payload) };
      const id = uniqueJobId(name, job.uniqueKey(payload));
      const live = await boss.getJobById(name, id);
      if (live) {
        // A unique run that failed for good may be asked for again: it is retried, not duplicated.
        if (live.state !== 'failed') return { id: null };
        await boss.retry(name, id);
        return { id };
      }
      // Completed runs move to the archive, where pg-boss's own conflict check no longer sees them.
      if (await boss.getJobById(name, id, { includeArchive: true })) return { id: null };
      return { id: await boss.send(name, payload, { id }) };
    },
    async stop(graceSeconds = 10) {
      await boss.stop({ graceful: true, timeout: graceSeconds * 1000, wait: true });
    },
  };
}

async function retryOnDeadlock<T>(operation: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
    }
  }
}

/** Schedules of removed or changed jobs go; every declared one is (re)written. */
async function syncSchedules(boss: PgBoss, definitions: readonly JobDefinition[]): Promise<void> {
  const declared = new Map(definitions.filter((d) => d.schedule).map((d) => [d.name, d.schedule!]));
  for (const existing of await boss.getSchedules()) {
    if (!declared.has(existing.name)) await boss.unschedule(existing.name);
  }
  for (const [name, schedule] of declared) {
    await retryOnDeadlock(() => boss.schedule(name, schedule.cron, schedule.data ?? {}, { tz: scheduleTimeZone }));
  }
}

function requireUrl(url: string | undefined): string {
  if (!url) throw new Error('The job queue on PostgreSQL needs the connection string (DATABASE_URL).');
  return url;
}

/** `?schema=` is Prisma's URL convention; node-postgres must not see it. */
function withoutSchemaParameter(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete('schema');
  return parsed.toString();
}
