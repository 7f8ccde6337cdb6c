import { contractVersion, defineModule } from '@luotsi/shell-contract';
import { lazyTexts } from '@luotsi/i18n/lazy-texts';

/**
 * Privacy: residents' own data (download, delete what is optional), who has viewed it (the access
 * log), and the administrators' access-log search.
 *
 * This manifest is the module's whole contract with the shell: its pages per area, who may see
 * them, its navigation and its texts (docs/guides/adding-a-module.md). Every page is a lazy
 * import, so a reader downloads only the page they open.
 */
export default defineModule({
  contractVersion,
  id: 'privacy',
  areas: {
    resident: {
      basePath: 'privacy',
      // Public: anyone may open the front page. A route without `access` requires a signed-in
      // resident (the default is the strictest); { kind: 'signed-in', roles: ['carer'] } narrows it.
      routes: [
        { path: '', load: () => import('./resident/FrontPage'), titleKey: 'resident.title', access: { kind: 'public' } },
        // Signed in (the default): a resident's own data, decided by the session, never by the URL.
        { path: 'my-data', load: () => import('./resident/MyDataPage'), titleKey: 'myData.title', texts: 'myData' },
        // Signed in: who has viewed the resident's data (and their under-15 children's).
        { path: 'access-log', load: () => import('./resident/AccessLogPage'), titleKey: 'accessLog.title', texts: 'accessLog' },
      ],
      nav: [
        { path: '', labelKey: 'nav.resident', access: { kind: 'public' } },
        { path: 'my-data', labelKey: 'myData.nav' },
        { path: 'access-log', labelKey: 'accessLog.nav' },
      ],
    },
    staff: {
      basePath: 'privacy',
      // Staff pages always need a signed-in professional; requiredRoles below says which ones.
      // The access-log search of administrators (the BFF allows it to staff role 'admin' only).
      routes: [{ path: '', load: () => import('./staff/AccessLogSearchPage'), titleKey: 'staff.title', texts: 'accessLog' }],
      nav: [{ path: '', labelKey: 'nav.staff' }],
    },
  },
  // The staff side is the access-log search, for administrators. The BFF checks its own
  // authScopes on every field regardless.
  requiredRoles: ['admin'],
  i18n: {
    namespace: 'privacy',
    // The front page and navigation need only the common texts; the staff area's texts and each
    // page's own (a route's `texts`) are separate chunks, loaded when needed.
    load: lazyTexts(
      { fi: () => import('./i18n/fi'), sv: () => import('./i18n/sv'), en: () => import('./i18n/en') },
      {
        staff: { fi: () => import('./staff/i18n/fi'), sv: () => import('./staff/i18n/sv'), en: () => import('./staff/i18n/en') },
        myData: { fi: () => import('./my-data/i18n/fi'), sv: () => import('./my-data/i18n/sv'), en: () => import('./my-data/i18n/en') },
        accessLog: { fi: () => import('./access-log/i18n/fi'), sv: () => import('./access-log/i18n/sv'), en: () => import('./access-log/i18n/en') },
      },
    ),
  },
});
