import { defineBffModule } from '@luotsi/bff-core';
import { registerPrivacySchema } from './schema';
import { registerMyDataSchema } from './my-data-schema';
import { registerMyDataRoutes } from './my-data-routes';
import { registerAccessLogRoutes } from './access-log-routes';
import { retentionPurgeJob } from './retention-job';

export { purgeExpiredData, type PurgeResult } from './retention-purge';
export { retentionPurgeJob } from './retention-job';
export { hasExpired, retentionCutoff, retentionSettings, retentionSettingName } from './retention';
export { collectMyData } from './my-data';

/** The BFF module of privacy, listed in apps/bff/src/modules.ts. */
export const privacyModule = defineBffModule({
  id: 'privacy',
  schema: (builder, composition) => {
    registerPrivacySchema(builder);
    registerMyDataSchema(builder, composition);
  },
  routes: (router, deps) => {
    registerMyDataRoutes(router, deps);
    registerAccessLogRoutes(router, deps);
  },
  // The nightly retention purge; the queue runs it once per night across all instances.
  jobs: [retentionPurgeJob],
});
