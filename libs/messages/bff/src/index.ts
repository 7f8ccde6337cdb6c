import { defineBffModule } from '@luotsi/bff-core';
import { registerMessagesSchema } from './schema';
import { messagesPersonalData, messagesRetention } from './personal-data';

export { notificationAdminRoles } from './schema';

/** The BFF module of messages, listed in apps/bff/src/modules.ts. */
export const messagesModule = defineBffModule({
  id: 'messages',
  schema: registerMessagesSchema,
  personalData: messagesPersonalData,
  retention: messagesRetention,
});
