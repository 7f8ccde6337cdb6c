import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { findTestPostgres } from '@luotsi/db';

/**
 * Acceptance (issue 4): two BFF instances against one PostgreSQL run a scheduled job once per
 * schedule tick. Two separate Node processes, each with its own pg-boss and connection pool, share
 * one throw-away schema; three jobs are scheduled every minute (pg-boss's finest cron grain) and
 * both schedulers check the cron table every second. A tick is one minute slot of pg-boss's
 * cron relay. The test lasts ~15 s, so it sees one or two ticks per job; the checks hold for any
 * number. TEST_DATABASE_URL overrides the local default; when it is set, an unreachable server
 * fails the run (see libs/bff/db/src/postgres.spec.ts for the same rule).
 */
const postgres = await findTestPostgres();
const serverUrl = postgres.url;
if (!serverUrl) console.warn(`[bff-jobs] No PostgreSQL cluster test in this run: ${postgres.reason}`);
if (postgres.required && !serverUrl) it('reaches TEST_DATABASE_URL', () => { throw new Error(postgres.reason); });

const schema = `luotsi_jobs_${Date.now().toString(36)}_${process.pid}`;
const children: ChildProcess[] = [];

async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: serverUrl ?? '' });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  if (serverUrl) await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_pgboss CASCADE`);
});

/** Starts one instance and resolves when its queue has started. */
function startInstance(name: string): Promise<ChildProcess> {
  const root = join(import.meta.dirname, '../../../..');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'testing/scheduler-process.ts')],
    {
      cwd: root,
      env: { ...process.env, CLUSTER_DATABASE_URL: serverUrl ?? '', CLUSTER_SCHEMA: schema, CLUSTER_INSTANCE: name, TSX_TSCONFIG_PATH: join(root, 'tsconfig.base.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`ready ${name}`)) resolve(child);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`instance ${name} exited (${code}):\n${output}`)));
  });
}

function stopInstance(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const describeOnPostgres = serverUrl ? describe : ((() => undefined) as unknown as typeof describe);
describeOnPostgres('two BFF instances on one PostgreSQL', () => {
  it('run each scheduled job once per schedule tick', async () => {
    await sql(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.cluster_runs (
      job_id uuid NOT NULL, instance text NOT NULL, job text NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())`);
    const instances = await Promise.all([startInstance('one'), startInstance('two')]);
    const jobs = ['a', 'b', 'c'];

    await until(async () => (await sql(`SELECT DISTINCT job FROM ${schema}.cluster_runs`)).length === jobs.length, 'every job ran');
    // Both schedulers keep checking the cron table every second: let each have its turns.
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    expect(await Promise.all(instances.map(stopInstance))).toEqual([0, 0]);

    // The ticks: one cron relay entry per job and minute slot (pg-boss's unique singleton slot).
    const ticks = await sql<{ job: string; ticks: number }>(
      `SELECT singleton_key AS job, count(*)::int AS ticks FROM ${schema}_pgboss.job
       WHERE name = '__pgboss__send-it' GROUP BY singleton_key ORDER BY 1`,
    );
    const runs = await sql<{ job: string; runs: number; distinct_jobs: number }>(
      `SELECT 'cluster.every-minute-' || job AS job, count(*)::int AS runs, count(DISTINCT job_id)::int AS distinct_jobs
       FROM ${schema}.cluster_runs GROUP BY job ORDER BY 1`,
    );
    const queued = await sql<{ job: string; created: number }>(
      `SELECT name AS job, count(*)::int AS created FROM ${schema}_pgboss.job
       WHERE name LIKE 'cluster.%' GROUP BY name ORDER BY 1`,
    );
    expect(ticks.map((t) => t.job)).toEqual(jobs.map((j) => `cluster.every-minute-${j}`));
    for (const tick of ticks) {
      // At most two minute slots fit in the test; each became exactly one job, run exactly once.
      expect(tick.ticks).toBeGreaterThanOrEqual(1);
      expect(tick.ticks).toBeLessThanOrEqual(2);
      expect(queued.find((q) => q.job === tick.job)?.created).toBe(tick.ticks);
      expect(runs.find((r) => r.job === tick.job)).toEqual({ job: tick.job, runs: tick.ticks, distinct_jobs: tick.ticks });
    }
  }, 60_000);
});
