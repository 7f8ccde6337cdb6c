/**
 * One "BFF instance" of the cluster test (cluster.spec.ts): opens the shared PostgreSQL schema,
 * starts the job queue with workers and a scheduler that checks the cron table every second, and
 * records each run it handles in `cluster_runs`. Stops on SIGTERM like the BFF.
 */
import { defineBffModule, type JobContext } from '@luotsi/bff-core';
import { openDatabase } from '@luotsi/db';
import { startJobs } from '../runner';

const url = process.env['CLUSTER_DATABASE_URL'] ?? '';
const schema = process.env['CLUSTER_SCHEMA'] ?? '';
const instance = process.env['CLUSTER_INSTANCE'] ?? '?';

const record = async (ctx: JobContext<object>) => {
  await ctx.prisma.$executeRawUnsafe(
    'INSERT INTO cluster_runs (job_id, instance, job) VALUES ($1, $2, $3)',
    ctx.jobId,
    instance,
    (ctx.data as { job?: string }).job ?? '?',
  );
};

const clusterModule = defineBffModule({
  id: 'cluster',
  jobs: ['a', 'b', 'c'].map((name) => ({
    name: `cluster.every-minute-${name}`,
    description: 'Every minute, to count runs per tick.',
    schedule: { cron: '* * * * *', data: { job: name } },
    handler: record,
  })),
});

const silent = { info: () => undefined, warn: () => undefined, error: (o: object | string) => console.error(o) };

const db = await openDatabase({ url, schema });
const jobs = await startJobs({
  database: db,
  connectionString: url,
  modules: [clusterModule],
  logger: silent,
  workers: true,
  tuning: { pollingIntervalSeconds: 0.5, cronMonitorIntervalSeconds: 1, cronWorkerIntervalSeconds: 1 },
});
console.log(`ready ${instance} ${jobs.schema}`);

process.on('SIGTERM', () => {
  void (async () => {
    await jobs.stop(2);
    await db.close();
    console.log(`stopped ${instance}`);
    process.exit(0);
  })();
});
