import { describe, expect, it } from 'vitest';
import { JobFailure, type BffModule, type JobContext, type RetentionRule } from '@luotsi/bff-core';
import { privacyModule } from './index';
import { retentionPurgeJob } from './retention-job';

const rule = (id: string, purge: RetentionRule['purge']): RetentionRule => ({ id, description: id, defaultDays: 30, purge });
const logged: string[] = [];
const context = (modules: BffModule[], env: Record<string, string> = {}): JobContext =>
  ({
    data: {},
    // Each rule runs in its own transaction; these rules touch nothing real.
    prisma: { $transaction: (fn: (tx: unknown) => Promise<unknown>) => fn({}) },
    logger: { info: (_o: unknown, m?: string) => void logged.push(m ?? ''), warn: () => undefined, error: () => undefined },
    now: () => new Date('2026-11-23T01:15:00Z'),
    modules,
    env,
    jobId: 'job-1',
  }) as unknown as JobContext;

describe('the nightly retention purge job', () => {
  it('is the privacy module’s, scheduled at night in Helsinki time', () => {
    expect(privacyModule.jobs).toContain(retentionPurgeJob);
    expect(retentionPurgeJob.schedule?.cron).toBe('15 3 * * *');
  });

  it('purges every module’s expired data with the configured period', async () => {
    const cutoffs: string[] = [];
    const modules = [{ id: 'symptoms', retention: [rule('symptoms.contact-requests', async (_p, cutoff) => (cutoffs.push(cutoff.toISOString()), 2))] }];
    await retentionPurgeJob.handler(context(modules, { RETENTION_DAYS_SYMPTOMS_CONTACT_REQUESTS: '10' }));
    expect(cutoffs).toEqual(['2026-11-13T01:15:00.000Z']);
  });

  it('fails with only the failed rules’ ids, for the administrators’ view', async () => {
    const modules = [
      { id: 'a', retention: [rule('a.things', async () => { throw new Error('row of 150386-936X is locked'); })] },
      { id: 'b', retention: [rule('b.things', async () => 1)] },
    ];
    const failure = await retentionPurgeJob.handler(context(modules)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(JobFailure);
    expect((failure as Error).message).toBe('Retention purge failed for a.things');
  });
});
