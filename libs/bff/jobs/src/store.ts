import { createHash } from 'node:crypto';
import { JobFailure } from '@luotsi/bff-core';

/**
 * Where pg-boss keeps its tables: its own schema next to ours, never inside it, so that our
 * migrator and Prisma's drift check (which only see the migrations and the Prisma schema) never
 * meet them. A deployment in its own PostgreSQL schema (DATABASE_URL `?schema=x`) gets its own
 * queue schema `x_pgboss`, so two deployments in one database do not run each other's jobs.
 */
export function jobsSchemaFor(databaseSchema: string | null | undefined): string {
  return !databaseSchema || databaseSchema === 'public' ? 'pgboss' : `${databaseSchema}_pgboss`;
}

/** pg-boss's internal queues (the cron relay): not shown to administrators. */
export const internalQueuePrefix = '__pgboss__';

/**
 * The queue id of a unique job: the same name and key give the same id, and pg-boss inserts a job
 * whose id exists as nothing (ON CONFLICT DO NOTHING). A UUID shape (version 8, "custom") from
 * SHA-256, as the column is a uuid.
 */
export function uniqueJobId(name: string, key: string): string {
  const hex = createHash('sha256').update(`${name}\u0000${key}`).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * What is stored as a failed run's error, which administrators see: a JobFailure's own message
 * (written to be safe), otherwise only the kind of error. Messages of other errors (a database
 * constraint naming a value, an HTTP body) may hold personal data; the full error goes to the
 * server log with the job's id.
 */
export function publicErrorMessage(error: unknown): string {
  if (error instanceof JobFailure) return error.message;
  const kind = error instanceof Error ? error.name : typeof error;
  const code = typeof (error as { code?: unknown } | null)?.code === 'string' ? ` ${(error as { code: string }).code}` : '';
  return `${kind}${code}: details in the server log`;
}

export const jobRunStates = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobRunState = (typeof jobRunStates)[number];

export interface JobRun {
  id: string;
  name: string;
  state: JobRunState;
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  /** Times the handler was started: 0 while waiting, 1 on the first run, more after retries. */
  attempts: number;
  /** The public error of a failed or retrying run (see publicErrorMessage). */
  error: string | null;
}

export interface JobRunQuery {
  onlyFailed?: boolean;
  limit: number;
}

type Row = {
  id: string;
  name: string;
  state: string;
  created_on: Date | string;
  started_on: Date | string | null;
  completed_on: Date | string | null;
  retry_count: number;
  error: string | null;
};

const asDate = (v: Date | string | null): Date | null => (v === null ? null : v instanceof Date ? v : new Date(v));

/**
 * Recent runs, newest first, from the queue's live table and its archive (completed runs move
 * there after 12 hours, and are deleted after JOBS_HISTORY_DAYS). Takes any raw query function
 * (Prisma's $queryRawUnsafe in resolvers) so the admin view needs no running queue.
 */
export async function recentJobRuns(
  query: <T>(sql: string, ...params: unknown[]) => Promise<T[]>,
  schema: string,
  options: JobRunQuery,
): Promise<JobRun[]> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid jobs schema "${schema}"`);
  const installed = await query<{ found: boolean }>(`SELECT to_regclass('${schema}.job') IS NOT NULL AS found`);
  if (!installed[0]?.found) return [];
  const columns = `id::text AS id, name, state::text AS state, created_on, started_on, completed_on, retry_count,
    CASE WHEN state IN ('failed', 'retry') THEN output->>'message' END AS error`;
  const where = `name NOT LIKE '${internalQueuePrefix}%'${options.onlyFailed ? ` AND state = 'failed'` : ''}`;
  const rows = await query<Row>(
    `SELECT * FROM (
       SELECT ${columns} FROM ${schema}.job WHERE ${where}
       UNION ALL
       SELECT ${columns} FROM ${schema}.archive WHERE ${where}
     ) runs ORDER BY created_on DESC, id LIMIT $1`,
    options.limit,
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    state: (jobRunStates as readonly string[]).includes(row.state) ? (row.state as JobRunState) : 'failed',
    createdAt: asDate(row.created_on) ?? new Date(0),
    startedAt: asDate(row.started_on),
    completedAt: asDate(row.completed_on),
    attempts: row.started_on === null ? 0 : Number(row.retry_count) + 1,
    error: row.error,
  }));
}
