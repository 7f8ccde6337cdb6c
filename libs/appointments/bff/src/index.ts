import { defineBffModule } from '@luotsi/bff-core';
import { registerAppointmentsSchema } from './schema';
import { registerCalendarSchema, calendarJobs } from './calendar-entries';
import { registerAbsenceSchema, absenceNotifications } from './absences';
import { registerStatisticsSchema } from './statistics';
import { appointmentsRoutes } from './routes';
import { appointmentsSeed } from './seed';
import { appointmentsPersonalData, appointmentsRetention } from './personal-data';
import { bookingNotifications } from './notifications';

export { firstContactBooked } from './notifications';
export { calendarEntryTypes, firstContactServices, firstContactBookerRoles, type FirstContactService } from './calendar';

/** Appointments (ajanvaraus / tidsbokning): uniform calendars, free first-contact times, residents' own times. */
export const appointmentsModule = defineBffModule({
  id: 'appointments',
  schema: (builder) => {
    registerAppointmentsSchema(builder);
    registerCalendarSchema(builder);
    registerAbsenceSchema(builder);
    registerStatisticsSchema(builder);
  },
  routes: appointmentsRoutes,
  seed: appointmentsSeed,
  personalData: appointmentsPersonalData,
  retention: appointmentsRetention,
  jobs: calendarJobs,
  notifications: [...bookingNotifications, ...absenceNotifications],
});
