import { defineBffModule } from '@luotsi/bff-core';
import { registerPrivacySchema } from './schema';

/** The BFF module of privacy, listed in apps/bff/src/modules.ts. */
export const privacyModule = defineBffModule({
  id: 'privacy',
  schema: registerPrivacySchema,
});
