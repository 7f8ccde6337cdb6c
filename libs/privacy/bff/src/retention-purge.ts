import type { BffModule } from '@luotsi/bff-core';
import type { PrismaClient } from '@luotsi/db';
import { retentionCutoff, retentionSettings } from './retention';

export interface PurgeResult {
  ruleId: string;
  moduleId: string;
  days: number;
  cutoff: Date;
  /** Records removed or stripped of personal data. */
  count: number;
}

export interface PurgeOptions {
  now: Date;
  /** Where the periods come from; process.env in the CLI. */
  env: Readonly<Record<string, string | undefined>>;
  log?: (message: string) => void;
}

/**
 * Runs every module's retention rules once: each rule in its own transaction, so that a rule that
 * fails leaves its records as they were and the others still run. Throws after running them all
 * when any failed. The job queue runs it nightly (retention-job.ts); `npm run privacy:purge`
 * runs it by hand.
 */
export async function purgeExpiredData(prisma: PrismaClient, modules: readonly BffModule[], options: PurgeOptions): Promise<PurgeResult[]> {
  // Settings first: a configuration error stops the purge before anything is removed.
  const settings = retentionSettings(modules, options.env);
  const results: PurgeResult[] = [];
  const failures: string[] = [];
  for (const { moduleId, rule, days } of settings) {
    const cutoff = retentionCutoff(options.now, days);
    try {
      const count = await prisma.$transaction((tx) => rule.purge(tx, cutoff));
      results.push({ ruleId: rule.id, moduleId, days, cutoff, count });
      options.log?.(`${rule.id}: ${count} removed (kept ${days} days, cut-off ${cutoff.toISOString()})`);
    } catch (error) {
      failures.push(rule.id);
      options.log?.(`${rule.id}: failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failures.length > 0) throw new Error(`Retention purge failed for ${failures.join(', ')}`);
  return results;
}
