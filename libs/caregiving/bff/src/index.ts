import { defineBffModule } from '@luotsi/bff-core';
import { registerCaregivingSchema } from './schema';
import { caregivingSeed } from './seed';
import { caregivingPersonalData, caregivingRetention } from './personal-data';

export { agreementCoordinatorRoles, endingSoonDays } from './agreements';
export { informalCareMinimumFees, familyCareMinimumFees } from '@luotsi/caregiving-domain';

/** Caregiver portal (palkkiopalvelu / arvodestjänst): fee-based care agreements. */
export const caregivingModule = defineBffModule({
  id: 'caregiving',
  schema: registerCaregivingSchema,
  seed: caregivingSeed,
  personalData: caregivingPersonalData,
  retention: caregivingRetention,
});
