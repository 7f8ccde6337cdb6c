import { defineBffModule } from '@luotsi/bff-core';
import { registerServicesSchema } from './schema';
import { servicesSeed } from './seed';

export { serviceCuratorRoles, providerTypes, type ProviderType } from './schema';

/** Service tray (palvelutarjotin / servicebricka): the region's service catalogue, fed from PTV. */
export const servicesModule = defineBffModule({
  id: 'services',
  schema: registerServicesSchema,
  seed: servicesSeed,
});
