import { defineBffModule } from '@luotsi/bff-core';
import { registerAppointmentsSchema } from './schema';
import { appointmentsSeed } from './seed';
import { appointmentsPersonalData, appointmentsRetention } from './personal-data';
import { firstContactBooked } from './notifications';

export { firstContactBooked } from './notifications';
export { calendarEntryTypes, firstContactServices, firstContactBookerRoles, type FirstContactService } from './calendar';

/** Appointments (ajanvaraus / tidsbokning): uniform calendars, free first-contact times, residents' own times. */
export const appointmentsModule = defineBffModule({
  id: 'appointments',
  schema: registerAppointmentsSchema,
  seed: appointmentsSeed,
  personalData: appointmentsPersonalData,
  retention: appointmentsRetention,
  notifications: [firstContactBooked],
});
