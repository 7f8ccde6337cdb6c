import { contractVersion, defineModule } from '@luotsi/shell-contract';
import { lazyTexts } from '@luotsi/i18n/lazy-texts';

/**
 * Appointments (ajanvaraus / tidsbokning): professionals' calendars with the county's uniform
 * entry types; first-contact times that social-services advice books for residents; team leads'
 * handling of absences; calendar statistics; a resident's own times.
 */
export default defineModule({
  contractVersion,
  id: 'appointments',
  areas: {
    resident: {
      basePath: 'appointments',
      routes: [{ path: '', load: () => import('./resident/MyAppointmentsPage'), titleKey: 'myAppointments.title', texts: 'myAppointments' }],
      nav: [{ path: '', labelKey: 'nav.myAppointments' }],
    },
    staff: {
      basePath: 'appointments',
      // Every professional has a calendar; the other pages are for the roles the BFF lets use them.
      routes: [
        { path: '', load: () => import('./staff/calendar/CalendarPage'), titleKey: 'calendar.title', texts: 'calendar' },
        {
          path: 'first-contact',
          load: () => import('./staff/FirstContactTimesPage'),
          titleKey: 'firstContactTimes.title',
          access: { kind: 'signed-in', roles: ['social-advisor'] },
        },
        {
          path: 'absences',
          load: () => import('./staff/absences/AbsencesPage'),
          titleKey: 'absences.title',
          texts: 'absences',
          access: { kind: 'signed-in', roles: ['team-lead'] },
        },
        {
          path: 'statistics',
          load: () => import('./staff/statistics/StatisticsPage'),
          titleKey: 'statistics.title',
          texts: 'statistics',
          access: { kind: 'signed-in', roles: ['team-lead', 'manager'] },
        },
      ],
      nav: [
        { path: '', labelKey: 'nav.calendar' },
        { path: 'first-contact', labelKey: 'nav.firstContactTimes', access: { kind: 'signed-in', roles: ['social-advisor'] } },
        { path: 'absences', labelKey: 'nav.absences', access: { kind: 'signed-in', roles: ['team-lead'] } },
        { path: 'statistics', labelKey: 'nav.statistics', access: { kind: 'signed-in', roles: ['team-lead', 'manager'] } },
      ],
    },
  },
  // Any professional: everyone keeps a calendar. Each page narrows by role above, and the BFF
  // checks its own authScopes on every field regardless.
  requiredRoles: [],
  i18n: {
    namespace: 'appointments',
    // The staff area's texts and each staff page's own are separate chunks a resident never downloads.
    load: lazyTexts(
      { fi: () => import('./i18n/fi'), sv: () => import('./i18n/sv'), en: () => import('./i18n/en') },
      {
        myAppointments: { fi: () => import('./resident/i18n/fi'), sv: () => import('./resident/i18n/sv'), en: () => import('./resident/i18n/en') },
        staff: { fi: () => import('./staff/i18n/fi'), sv: () => import('./staff/i18n/sv'), en: () => import('./staff/i18n/en') },
        calendar: { fi: () => import('./staff/calendar/i18n/fi'), sv: () => import('./staff/calendar/i18n/sv'), en: () => import('./staff/calendar/i18n/en') },
        absences: { fi: () => import('./staff/absences/i18n/fi'), sv: () => import('./staff/absences/i18n/sv'), en: () => import('./staff/absences/i18n/en') },
        statistics: { fi: () => import('./staff/statistics/i18n/fi'), sv: () => import('./staff/statistics/i18n/sv'), en: () => import('./staff/statistics/i18n/en') },
      },
    ),
  },
});
