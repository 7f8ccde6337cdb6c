import { defineBffModule } from '@luotsi/bff-core';
import { catalogueSyncJob } from './catalogue/sync-job';
import { registerServicesSchema } from './schema';
import { servicesSeed } from './seed';
import { registerGuidanceSchema } from './guidance/schema';
import { guidanceHandedOverEmail, guidanceHandedOverSms } from './guidance/notifications';
import { registerFeedbackSchema } from './feedback/schema';
import { guidancePersonalData, guidanceRetention } from './guidance/personal-data';
import { registerStatisticsSchema } from './statistics/schema';

export { serviceCuratorRoles, providerTypes, type ProviderType } from './schema';
export { importCatalogue, importDocuments, mapDocuments, summary, type ImportCounts, type ImportOptions, type ImportResult } from './catalogue/importer';
export { getJson, getPages, parseJson, readFolder, PtvHttpError, type HttpOptions, type PtvDocument } from './catalogue/sources';
export { cataloguePages, generateCatalogue, writeCatalogue, type GeneratedCatalogue, type GeneratorOptions } from './catalogue/generator';
export { catalogueSyncJob } from './catalogue/sync-job';
export { guidanceRoles } from './guidance/schema';
export { statisticsRoles } from './statistics/schema';

/** Service tray (palvelutarjotin / servicebricka): the region's service catalogue, fed from PTV. */
export const servicesModule = defineBffModule({
  id: 'services',
  schema: (builder) => {
    registerServicesSchema(builder);
    // Client guidance, feedback, diagnostics and statistics (issue 5, items 5–7).
    registerGuidanceSchema(builder);
    registerFeedbackSchema(builder);
    registerStatisticsSchema(builder);
  },
  seed: servicesSeed,
  jobs: [catalogueSyncJob],
  notifications: [guidanceHandedOverSms, guidanceHandedOverEmail],
  personalData: guidancePersonalData,
  retention: guidanceRetention,
});
