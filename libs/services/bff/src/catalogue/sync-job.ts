import { defineJob, JobFailure } from '@luotsi/bff-core';
import { MalformedPtvError } from '@luotsi/services-domain';
import { importCatalogue, summary } from './importer';
import { PtvHttpError } from './sources';

/**
 * The nightly catalogue sync from the PTV open API (PTV_URL, e.g.
 * https://api.palvelutietovaranto.suomi.fi/api/v11/). Off when PTV_URL is not set: the run then
 * only logs that. Municipalities: PTV_MUNICIPALITIES (comma-separated codes), else the county's.
 * Incremental, so a run after a failed one picks up where the data changed.
 */
export const catalogueSyncJob = defineJob({
  name: 'services.catalogue-sync',
  description: 'Imports the changed services, channels and organisations of the county’s municipalities from the national service catalogue (PTV).',
  schedule: { cron: '40 2 * * *' },
  retry: { limit: 2, delaySeconds: 30 * 60, backoff: true },
  timeoutSeconds: 3 * 60 * 60,
  handler: async (ctx) => {
    const url = ctx.env['PTV_URL']?.trim();
    const log = (message: string) => ctx.logger.info({ job: 'services.catalogue-sync', jobId: ctx.jobId }, message);
    if (!url) {
      log('PTV_URL is not set: the catalogue sync is off');
      return;
    }
    const codes = ctx.env['PTV_MUNICIPALITIES']?.split(',').map((c) => c.trim()).filter(Boolean);
    try {
      const result = await importCatalogue(ctx.prisma, url, { now: ctx.now, log, ...(codes && codes.length > 0 ? { municipalityCodes: codes } : {}) });
      log(summary(result.counts, result.skipped.length));
    } catch (error) {
      // Catalogue data is public and the messages name a URL and a JSON path: safe to show administrators.
      if (error instanceof MalformedPtvError || error instanceof PtvHttpError) throw new JobFailure(error.message);
      throw error;
    }
  },
});
