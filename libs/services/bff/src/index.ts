import { defineBffModule } from '@luotsi/bff-core';
import { catalogueSyncJob } from './catalogue/sync-job';
import { registerServicesSchema } from './schema';
import { servicesSeed } from './seed';

export { serviceCuratorRoles, providerTypes, type ProviderType } from './schema';
export { importCatalogue, importDocuments, mapDocuments, summary, type ImportCounts, type ImportOptions, type ImportResult } from './catalogue/importer';
export { getJson, getPages, parseJson, readFolder, PtvHttpError, type HttpOptions, type PtvDocument } from './catalogue/sources';
export { cataloguePages, generateCatalogue, writeCatalogue, type GeneratedCatalogue, type GeneratorOptions } from './catalogue/generator';
export { catalogueSyncJob } from './catalogue/sync-job';

/** Service tray (palvelutarjotin / servicebricka): the region's service catalogue, fed from PTV. */
export const servicesModule = defineBffModule({
  id: 'services',
  schema: registerServicesSchema,
  seed: servicesSeed,
  jobs: [catalogueSyncJob],
});
