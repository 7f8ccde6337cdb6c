import { contractVersion, defineModule } from '@luotsi/shell-contract';
import { lazyTexts } from '@luotsi/i18n/lazy-texts';

/**
 * Appointments (ajanvaraus / tidsbokning): a resident's own upcoming times; the free first-contact
 * times social-services advice books into the target services.
 */
export default defineModule({
  contractVersion,
  id: 'appointments',
  areas: {
    resident: {
      basePath: 'appointments',
      routes: [{ path: '', load: () => import('./resident/MyAppointmentsPage'), titleKey: 'myAppointments.title' }],
      nav: [{ path: '', labelKey: 'nav.myAppointments' }],
    },
    staff: {
      basePath: 'appointments',
      routes: [{ path: '', load: () => import('./staff/FirstContactTimesPage'), titleKey: 'firstContactTimes.title' }],
      nav: [{ path: '', labelKey: 'nav.firstContactTimes' }],
    },
  },
  requiredRoles: ['social-advisor'],
  i18n: {
    namespace: 'appointments',
    // The staff pages' own texts are a separate chunk: a resident never downloads them.
    load: lazyTexts(
      { fi: () => import('./i18n/fi'), sv: () => import('./i18n/sv'), en: () => import('./i18n/en') },
      { staff: { fi: () => import('./staff/i18n/fi'), sv: () => import('./staff/i18n/sv'), en: () => import('./staff/i18n/en') } },
    ),
  },
});
