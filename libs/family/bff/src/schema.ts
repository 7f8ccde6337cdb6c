import type { builder as Builder } from '@luotsi/bff-core';
import { registerArticleSchema } from './articles';
import { registerHelpRequestSchema } from './help-requests';
import { registerStatisticsSchema } from './statistics';

export { helpRequestHandlerRoles } from './help-requests';

export function registerFamilySchema(builder: typeof Builder): void {
  registerArticleSchema(builder);
  registerHelpRequestSchema(builder);
  registerStatisticsSchema(builder);
}
