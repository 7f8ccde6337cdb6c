import { defineJob, JobFailure } from '@luotsi/bff-core';
import { purgeExpiredData } from './retention-purge';

/**
 * The daily retention purge (docs/privacy.md): every module's retention rules, at night in
 * Helsinki when the portal is quiet. The platform's job queue runs it once a night however many
 * BFF instances there are; `npm run privacy:purge` still runs it by hand.
 */
export const retentionPurgeJob = defineJob({
  name: 'privacy.retention-purge',
  description: 'Removes the personal data whose retention period has ended, by every module’s rules.',
  schedule: { cron: '15 3 * * *' },
  // A rule that failed is tried again later; the purge is idempotent (what is gone stays gone).
  retry: { limit: 3, delaySeconds: 10 * 60, backoff: true },
  timeoutSeconds: 2 * 60 * 60,
  handler: async (ctx) => {
    try {
      const results = await purgeExpiredData(ctx.prisma, ctx.modules, {
        now: ctx.now(),
        env: ctx.env,
        log: (message) => ctx.logger.info({ job: 'privacy.retention-purge', jobId: ctx.jobId }, message),
      });
      ctx.logger.info(
        { job: 'privacy.retention-purge', jobId: ctx.jobId, rules: results.length, removed: results.reduce((sum, r) => sum + r.count, 0) },
        'retention purge done',
      );
    } catch (error) {
      // purgeExpiredData names only the failed rules' ids: safe for the administrators' view.
      throw new JobFailure(error instanceof Error ? error.message : 'Retention purge failed');
    }
  },
});
