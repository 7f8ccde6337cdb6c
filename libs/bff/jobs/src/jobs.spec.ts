import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSchema, defineBffModule, defineJob, JobFailure, runOperation,
  type AuthenticatedUser, type BffModule, type JobContext,
} from '@luotsi/bff-core';
import { migrate, openDatabase, type Database } from '@luotsi/db';
import { collectJobs, startJobs, type JobRunner } from './runner';
import { jobsModule } from './schema';
import { jobsSchemaFor, publicErrorMessage, uniqueJobId } from './store';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Waits for a condition the queue makes true in the background (workers poll every 0.5 s here). */
async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface FeeRun { month: string; areaId: string }

const runs: { job: string; data: unknown; jobId: string }[] = [];
const record = (job: string) => async (ctx: JobContext<object>) => void runs.push({ job, data: ctx.data, jobId: ctx.jobId });
let flakyCalls = 0;

/** A module with the kinds of jobs the platform promises: unique, retried, failing. */
const testModule = defineBffModule({
  id: 'test',
  jobs: [
    defineJob<FeeRun>({
      name: 'test.monthly-fee-run',
      description: 'One fee run per month and area.',
      uniqueKey: (d) => `${d.month}:${d.areaId}`,
      handler: record('test.monthly-fee-run'),
    }),
    defineJob({
      name: 'test.flaky',
      description: 'Fails on its first attempt.',
      retry: { limit: 2, delaySeconds: 1, backoff: true },
      handler: async (ctx) => {
        flakyCalls++;
        if (flakyCalls === 1) throw new JobFailure('Upstream catalogue did not answer');
        await record('test.flaky')(ctx);
      },
    }),
    defineJob({
      name: 'test.leaky',
      description: 'Fails with personal data in its message.',
      retry: { limit: 0, delaySeconds: 1 },
      handler: async () => {
        throw new Error('No person with identity code 150386-936X');
      },
    }),
    defineJob({
      name: 'test.nightly',
      description: 'Scheduled.',
      schedule: { cron: '30 3 * * *', data: { scheduled: true } },
      handler: record('test.nightly'),
    }),
  ],
});

const admin: AuthenticatedUser = { area: 'staff', subject: 'admin', displayName: 'Admin', roles: ['admin'], staffId: 'staff-admin' };
const nurse: AuthenticatedUser = { area: 'staff', subject: 'nurse', displayName: 'Nurse', roles: ['nurse'], staffId: 'staff-nurse' };

describe('the job queue on the embedded database (PGlite)', () => {
  let db: Database;
  let jobs: JobRunner;

  beforeAll(async () => {
    db = await openDatabase({ url: 'memory://' });
    await migrate(db);
    jobs = await startJobs({
      database: db, modules: [testModule], logger: silent, workers: true,
      tuning: { pollingIntervalSeconds: 0.5 },
    });
  });
  afterAll(async () => {
    await jobs?.stop(1);
    await db?.close();
  });

  it('keeps its tables in its own schema, which our migrator does not touch', async () => {
    expect(jobs.schema).toBe('pgboss');
    const tables = await db.sql.query<{ schema: string }>(
      `SELECT DISTINCT table_schema AS schema FROM information_schema.tables WHERE table_name IN ('job', 'archive', 'schedule')`,
    );
    expect(tables.map((t) => t.schema)).toEqual(['pgboss']);
    // Running the migrations again finds nothing to do and nothing unknown.
    expect((await migrate(db)).applied).toEqual([]);
  });

  it('runs a unique job once however often the same key is enqueued', async () => {
    const first = await jobs.enqueue<FeeRun>('test.monthly-fee-run', { month: '2026-11', areaId: 'north' });
    const again = await jobs.enqueue<FeeRun>('test.monthly-fee-run', { month: '2026-11', areaId: 'north' });
    const otherArea = await jobs.enqueue<FeeRun>('test.monthly-fee-run', { month: '2026-11', areaId: 'south' });
    expect(first.id).toBe(uniqueJobId('test.monthly-fee-run', '2026-11:north'));
    expect(again.id).toBeNull();
    expect(otherArea.id).not.toBeNull();
    await until(() => runs.filter((r) => r.job === 'test.monthly-fee-run').length >= 2, 'both areas ran');
    // Asked again after it completed: still once.
    expect((await jobs.enqueue<FeeRun>('test.monthly-fee-run', { month: '2026-11', areaId: 'north' })).id).toBeNull();
    await until(async () => (await adminRuns()).filter((r) => r.name === 'test.monthly-fee-run' && r.state === 'completed').length === 2, 'completion recorded');
    expect(runs.filter((r) => r.job === 'test.monthly-fee-run').map((r) => r.data)).toEqual([
      { month: '2026-11', areaId: 'north' },
      { month: '2026-11', areaId: 'south' },
    ]);
  });

  it('retries a failed run with backoff until it succeeds', async () => {
    await jobs.enqueue('test.flaky', { n: 1 });
    await until(async () => (await adminRuns()).some((r) => r.name === 'test.flaky' && r.state === 'completed'), 'the retry completed');
    expect(flakyCalls).toBe(2);
    const run = (await adminRuns()).find((r) => r.name === 'test.flaky');
    expect(run).toMatchObject({ state: 'completed', attempts: 2 });
  });

  it('shows administrators a failure without the personal data of the error message', async () => {
    await jobs.enqueue('test.leaky');
    await until(async () => (await adminRuns(true)).some((r) => r.name === 'test.leaky'), 'the failure was recorded');
    const failed = (await adminRuns(true)).find((r) => r.name === 'test.leaky');
    expect(failed).toMatchObject({ state: 'failed', attempts: 1, error: 'Error: details in the server log' });
    expect(JSON.stringify(await adminRuns())).not.toContain('150386-936X');
    // Only failures when asked for them; pg-boss's internal cron relay is never listed.
    expect((await adminRuns(true)).every((r) => r.state === 'failed')).toBe(true);
    expect((await adminRuns()).some((r) => String(r.name).startsWith('__pgboss__'))).toBe(false);
  });

  it('writes the schedules of declared jobs in Helsinki time', async () => {
    const schedules = await db.sql.query<{ name: string; cron: string; timezone: string }>(
      'SELECT name, cron, timezone FROM pgboss.schedule',
    );
    expect(schedules).toEqual([{ name: 'test.nightly', cron: '30 3 * * *', timezone: 'Europe/Helsinki' }]);
  });

  it('refuses the run list to professionals who are not administrators', async () => {
    const result = await runOperation(schema(), db.prisma, '{ jobRuns { id } }', { staff: nurse });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const anonymous = await runOperation(schema(), db.prisma, '{ jobRuns { id } }');
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  async function adminRuns(onlyFailed = false): Promise<Record<string, unknown>[]> {
    const result = await runOperation<{ jobRuns: Record<string, unknown>[] }>(
      schema(),
      db.prisma,
      'query ($onlyFailed: Boolean) { jobRuns(onlyFailed: $onlyFailed, first: 200) { id name state createdAt startedAt completedAt attempts error } }',
      { staff: admin, variables: { onlyFailed } },
    );
    if (result.errors) throw new Error(result.errors.map((e) => e.message).join('; '));
    return result.data?.jobRuns ?? [];
  }
});

/** GraphQL needs a Mutation type; the jobs module has none. */
const withMutation = defineBffModule({
  id: 'test-mutation',
  schema: (b) => b.mutationField('noop', (t) => t.boolean({ authScopes: { public: true }, resolve: () => true })),
});
let builtSchema: ReturnType<typeof buildSchema> | undefined;
const schema = () => (builtSchema ??= buildSchema([jobsModule, withMutation]));

describe('the admin view without a queue', () => {
  it('is empty before the queue was ever started (an instance without workers, a fresh database)', async () => {
    const db = await openDatabase({ url: 'memory://' });
    try {
      const result = await runOperation(schema(), db.prisma, '{ jobRuns { id } }', { staff: admin });
      expect(result).toEqual({ data: { jobRuns: [] } });
    } finally {
      await db.close();
    }
  });
});

describe('job declarations', () => {
  const moduleWith = (id: string, names: string[]): BffModule =>
    defineBffModule({ id, jobs: names.map((name) => ({ name, description: name, handler: async () => undefined })) });

  it('must be named after their module, in kebab case, and only once', () => {
    expect(collectJobs([moduleWith('fees', ['fees.monthly-run'])]).map((j) => j.name)).toEqual(['fees.monthly-run']);
    expect(() => collectJobs([moduleWith('fees', ['monthly-run'])])).toThrow(/fees\.<job>/);
    expect(() => collectJobs([moduleWith('fees', ['other.run'])])).toThrow(/fees\.<job>/);
    expect(() => collectJobs([moduleWith('fees', ['fees.Monthly'])])).toThrow(/kebab/);
    expect(() => collectJobs([moduleWith('fees', ['fees.run', 'fees.run'])])).toThrow(/twice/);
  });
});

describe('stored errors and ids', () => {
  it('keep a JobFailure’s message and only the kind of any other error', () => {
    expect(publicErrorMessage(new JobFailure('SMTP server unreachable'))).toBe('SMTP server unreachable');
    expect(publicErrorMessage(new TypeError('bad value for Matti Meikäläinen'))).toBe('TypeError: details in the server log');
    expect(publicErrorMessage(Object.assign(new Error('Unique constraint on 150386-936X'), { code: 'P2002' }))).toBe(
      'Error P2002: details in the server log',
    );
    expect(publicErrorMessage('a string')).toBe('string: details in the server log');
  });

  it('derive one UUID per job and key', () => {
    const id = uniqueJobId('fees.monthly-run', '2026-11:north');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uniqueJobId('fees.monthly-run', '2026-11:north')).toBe(id);
    expect(uniqueJobId('fees.monthly-run', '2026-12:north')).not.toBe(id);
    expect(uniqueJobId('fees.other-run', '2026-11:north')).not.toBe(id);
  });

  it('put the queue next to the deployment’s own schema', () => {
    expect(jobsSchemaFor('public')).toBe('pgboss');
    expect(jobsSchemaFor(null)).toBe('pgboss');
    expect(jobsSchemaFor('luotsi')).toBe('luotsi_pgboss');
  });
});
