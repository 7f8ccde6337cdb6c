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
      // Public: anyone may open the front page. A route without `access` requires a signed-in
      // resident (the default is the strictest); { kind: 'signed-in', roles: ['carer'] } narrows it.
      routes: [{ path: '', load: () => import('./resident/FrontPage'), titleKey: 'resident.title', access: { kind: 'public' } }],
      nav: [{ path: '', labelKey: 'nav.resident', access: { kind: 'public' } }],
    },
    staff: {
      basePath: 'messages',
      // Staff pages always need a signed-in professional; requiredRoles below says which ones.
      routes: [{ path: '', load: () => import('./staff/FrontPage'), titleKey: 'staff.title' }],
      nav: [{ path: '', labelKey: 'nav.staff' }],
    },
  },
  // TODO: set the roles of the professionals who use this module (StaffRole in
  // libs/identity/domain/src/roles.ts, e.g. ['nurse', 'social-advisor']). Until then only
  // administrators see it. The BFF checks its own authScopes on every field regardless.
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
