import type { PrismaClient } from '@luotsi/db';
import type { Logger } from './context';
import type { BffModule } from './module';

/**
 * Background jobs a module declares (`BffModule.jobs`); the platform's queue (@luotsi/jobs, on
 * pg-boss) runs them. A module never runs its own timers: a schedule here runs once per tick
 * however many BFF instances there are.
 */

/** What a job's handler receives. */
export interface JobContext<Data = Record<string, unknown>> {
  /** The data the job was enqueued with (or the schedule's data). */
  data: Data;
  prisma: PrismaClient;
  logger: Logger;
  now: () => Date;
  /** Every module of the BFF, for cross-cutting jobs such as the retention purge. */
  modules: readonly BffModule[];
  /** The process environment (settings such as RETENTION_DAYS_*), injectable in tests. */
  env: Readonly<Record<string, string | undefined>>;
  /** The queue's id of this run, for log lines. */
  jobId: string;
}

export interface JobDefinition<Data = Record<string, unknown>> {
  /** "<module>.<job>" in kebab case, e.g. "privacy.retention-purge": the queue's name. */
  name: string;
  /** For operators: what the job does. */
  description: string;
  /**
   * Does the work. Runs at least once per enqueue (a crash mid-run runs it again), so it must be
   * idempotent. A thrown JobFailure's message is shown to administrators; any other error is
   * logged and shown only by its kind, as its message may hold personal data.
   */
  handler: (context: JobContext<Data>) => Promise<void>;
  /** A cron expression in Europe/Helsinki time (minute granularity), e.g. "30 3 * * *". */
  schedule?: { cron: string; data?: Data };
  /** Retries after a failure; default 2 retries, 60 s apart, doubling. */
  retry?: { limit: number; delaySeconds: number; backoff?: boolean };
  /** A run taking longer fails (and is retried); default 15 minutes, at most 23 hours. */
  timeoutSeconds?: number;
  /**
   * Unique jobs: enqueueing data with a key already queued, running or in the recent history
   * (see docs/operations.md "Jobs") does nothing. E.g. one monthly fee run per month and area:
   * `(d) => `${d.month}:${d.areaId}``. A rule that must hold forever belongs in the module's own
   * table too (a unique constraint), which also keeps the handler idempotent.
   */
  uniqueKey?: (data: Data) => string;
}

/** A job failure whose message is safe to show administrators: no personal data in it. */
export class JobFailure extends Error {
  override name = 'JobFailure';
}

/** Identity function that keeps a definition's data type. */
export function defineJob<Data = Record<string, unknown>>(definition: JobDefinition<Data>): JobDefinition<Data> {
  return definition;
}
