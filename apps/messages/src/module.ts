import { contractVersion, defineModule } from '@luotsi/shell-contract';
import { lazyTexts } from '@luotsi/i18n/lazy-texts';

/**
 * Messages.
 *
 * This manifest is the module's whole contract with the shell: its pages per area, who may see
 * them, its navigation and its texts (docs/guides/adding-a-module.md). Every page is a lazy
 * import, so a reader downloads only the page they open.
 */
export default defineModule({
  contractVersion,
  id: 'messages',
  areas: {
    resident: {
      basePath: 'messages',
      // The inbox: a signed-in resident's own messages (the default access).
      routes: [{ path: '', load: () => import('./resident/FrontPage'), titleKey: 'resident.title' }],
      nav: [{ path: '', labelKey: 'nav.resident' }],
    },
    staff: {
      basePath: 'messages',
      // Staff pages always need a signed-in professional; requiredRoles below says which ones.
      routes: [
        { path: '', load: () => import('./staff/FrontPage'), titleKey: 'staff.title' },
        // Administrators: every notification template in every language (BFF: staff role admin).
        { path: 'templates', load: () => import('./staff/TemplatesPage'), titleKey: 'templates.title' },
        // Administrators: recent runs and failures of the background jobs (BFF: staff role admin).
        { path: 'jobs', load: () => import('./staff/JobRunsPage'), titleKey: 'jobs.title' },
      ],
      nav: [
        { path: '', labelKey: 'nav.staff' },
        { path: 'templates', labelKey: 'templates.nav' },
        { path: 'jobs', labelKey: 'jobs.nav' },
      ],
    },
  },
  // The staff area is the notification and job administration: administrators only (the BFF
  // checks its own authScopes on every field regardless).
  requiredRoles: ['admin'],
  i18n: {
    namespace: 'messages',
    // The staff pages' own texts are a separate chunk: a resident never downloads them.
    load: lazyTexts(
      { fi: () => import('./i18n/fi'), sv: () => import('./i18n/sv'), en: () => import('./i18n/en') },
      { staff: { fi: () => import('./staff/i18n/fi'), sv: () => import('./staff/i18n/sv'), en: () => import('./staff/i18n/en') } },
    ),
  },
});
