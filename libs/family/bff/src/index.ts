import { defineBffModule } from '@luotsi/bff-core';
import { registerFamilySchema } from './schema';
import { familySeed } from './seed';
import { familyPersonalData, familyRetention } from './personal-data';
import { helpRequestAnswered } from './notifications';
export { replyCodeHash } from './help-requests';

export { helpRequestHandlerRoles } from './schema';
export { helpRequestAnswered } from './notifications';

export const familyModule = defineBffModule({
  id: 'family',
  schema: registerFamilySchema,
  seed: familySeed,
  personalData: familyPersonalData,
  retention: familyRetention,
  notifications: [helpRequestAnswered],
});
