import { defineBffModule } from '@luotsi/bff-core';
import { registerIdentitySchema } from './schema';
import { identityOptionalData, identityPersonalData } from '../personal-data';
import { identityRetention } from '../retention';

/** Who is signed in, their children and units. The platform's own module: always first. */
export const identityModule = defineBffModule({
  id: 'identity',
  schema: registerIdentitySchema,
  personalData: identityPersonalData,
  optionalData: identityOptionalData,
  retention: identityRetention,
});
