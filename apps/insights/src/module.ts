import { contractVersion, defineModule } from '@luotsi/shell-contract';
import { lazyTexts } from '@luotsi/i18n/lazy-texts';

/** Insights (tietojohtaminen / kunskapsledning): the indicators of the county's reports, for managers. */
export default defineModule({
  contractVersion,
  id: 'insights',
  areas: {
    staff: {
      basePath: 'insights',
      routes: [{ path: '', load: () => import('./staff/DashboardPage'), titleKey: 'dashboard.title' }],
      nav: [{ path: '', labelKey: 'nav.insights' }],
    },
  },
  requiredRoles: ['manager', 'admin'],
  i18n: {
    namespace: 'insights',
    load: lazyTexts({ fi: () => import('./i18n/fi'), sv: () => import('./i18n/sv'), en: () => import('./i18n/en') }),
  },
});
