import { contractVersion, defineModule } from '@luotsi/shell-contract';
import { lazyTexts } from '@luotsi/i18n/lazy-texts';

/** Family center (perhekeskus / familjecenter): articles for families; the help-request queue for staff. */
export default defineModule({
  contractVersion,
  id: 'family-center',
  areas: {
    resident: {
      basePath: 'family-center',
      routes: [{ path: '', load: () => import('./resident/ArticlesPage'), titleKey: 'articles.title', access: { kind: 'public' } }],
      nav: [{ path: '', labelKey: 'nav.familyCenter', access: { kind: 'public' } }],
    },
    staff: {
      basePath: 'family-center',
      routes: [{ path: '', load: () => import('./staff/HelpRequestsPage'), titleKey: 'helpRequests.title' }],
      nav: [{ path: '', labelKey: 'nav.helpRequests' }],
    },
  },
  requiredRoles: ['family-worker', 'social-advisor'],
  i18n: {
    namespace: 'familyCenter',
    // The staff pages' own texts are a separate chunk: a resident never downloads them.
    load: lazyTexts(
      { fi: () => import('./i18n/fi'), sv: () => import('./i18n/sv'), en: () => import('./i18n/en') },
      { staff: { fi: () => import('./staff/i18n/fi'), sv: () => import('./staff/i18n/sv'), en: () => import('./staff/i18n/en') } },
    ),
  },
});
