import { defineBffModule, type builder as Builder } from '@luotsi/bff-core';
import { jobRunStates, jobsSchemaFor, recentJobRuns, type JobRun } from './store';

/** Who sees the queue's runs: administrators (errors are stored without personal data). */
export const jobAdminRoles = ['admin'] as const;

function registerJobsSchema(builder: typeof Builder): void {
  const State = builder.enumType('JobRunState', {
    description: 'Where a run is: waiting (created, retry after a failure), running, or done.',
    values: jobRunStates,
  });

  const Run = builder.objectRef<JobRun>('JobRun').implement({
    description: 'One run of a background job (docs/operations.md "Jobs"). Holds no personal data.',
    fields: (t) => ({
      id: t.exposeID('id'),
      name: t.exposeString('name', { description: 'The job, "<module>.<job>".' }),
      state: t.field({ type: State, resolve: (r) => r.state }),
      createdAt: t.field({ type: 'DateTime', resolve: (r) => r.createdAt }),
      startedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.startedAt }),
      completedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it completed, failed for good or was cancelled.', resolve: (r) => r.completedAt }),
      attempts: t.exposeInt('attempts', { description: 'How many times the handler was started.' }),
      error: t.exposeString('error', {
        nullable: true,
        description: 'Why the last attempt failed: the job’s own message, or only the kind of error (the details are in the server log).',
      }),
    }),
  });

  builder.queryField('jobRuns', (t) =>
    t.field({
      type: [Run],
      description: 'Recent runs of background jobs, the newest first, for administrators.',
      authScopes: { staffRole: jobAdminRoles },
      args: {
        onlyFailed: t.arg.boolean({ required: false, description: 'Only runs that failed for good.' }),
        first: t.arg.int({ required: false, description: 'At most this many (1–200, default 50).' }),
      },
      resolve: async (_root, args, ctx) => {
        const limit = Math.min(Math.max(args.first ?? 50, 1), 200);
        const query = <T,>(sql: string, ...params: unknown[]) => ctx.prisma.$queryRawUnsafe<T[]>(sql, ...params);
        // The same rule as the queue's: pg-boss's schema follows the connection's schema.
        const current = await query<{ schema: string | null }>('SELECT current_schema() AS schema');
        return recentJobRuns(query, jobsSchemaFor(current[0]?.schema), { limit, onlyFailed: args.onlyFailed ?? false });
      },
    }),
  );
}

/** The job queue's admin view; listed in apps/bff/src/modules.ts. It declares no jobs itself. */
export const jobsModule = defineBffModule({
  id: 'jobs',
  schema: (builder) => registerJobsSchema(builder),
});
