import { defineBffModule } from '@luotsi/bff-core';
import { registerCaregivingSchema } from './schema';
import { caregivingSeed } from './seed';
import { caregivingPersonalData, caregivingRetention } from './personal-data';
import { payrollRoutes } from './payroll/routes';
import { reportsPersonalData } from './reports/personal-data';
import { agreementRoutes } from './agreements/routes';
import { agreementNotifications } from './agreements/notifications';

export { agreementCoordinatorRoles, endingSoonDays } from './agreements';
export { informalCareMinimumFees, familyCareMinimumFees } from '@luotsi/caregiving-domain';

/** Caregiver portal (palkkiopalvelu / arvodestjänst): fee-based care agreements. */
export const caregivingModule = defineBffModule({
  id: 'caregiving',
  schema: registerCaregivingSchema,
  seed: caregivingSeed,
  routes: (router, deps) => {
    payrollRoutes(router, deps);
    agreementRoutes(router, deps);
  },
  // Agreements, then the monthly reports and statements (reports/personal-data.ts).
  personalData: async (prisma, personId) => [...(await caregivingPersonalData(prisma, personId)), ...(await reportsPersonalData(prisma, personId))],
  retention: caregivingRetention,
  notifications: agreementNotifications,
});
