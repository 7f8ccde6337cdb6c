import { contractVersion, defineModule } from '@luotsi/shell-contract';
import { lazyTexts } from '@luotsi/i18n/lazy-texts';

/** Service tray (palvelutarjotin / servicebricka): the region's services for residents; the catalogue overview for curators. */
export default defineModule({
  contractVersion,
  id: 'service-tray',
  areas: {
    resident: {
      basePath: 'service-tray',
      routes: [{ path: '', load: () => import('./resident/ServicesPage'), titleKey: 'services.title', access: { kind: 'public' } }],
      nav: [{ path: '', labelKey: 'nav.services', access: { kind: 'public' } }],
    },
    staff: {
      basePath: 'service-tray',
      routes: [{ path: '', load: () => import('./staff/CataloguePage'), titleKey: 'catalogue.title' }],
      nav: [{ path: '', labelKey: 'nav.catalogue' }],
    },
  },
  requiredRoles: ['service-curator'],
  i18n: {
    namespace: 'serviceTray',
    // The staff pages' own texts are a separate chunk: a resident never downloads them.
    load: lazyTexts(
      { fi: () => import('./i18n/fi'), sv: () => import('./i18n/sv'), en: () => import('./i18n/en') },
      { staff: { fi: () => import('./staff/i18n/fi'), sv: () => import('./staff/i18n/sv'), en: () => import('./staff/i18n/en') } },
    ),
  },
});
