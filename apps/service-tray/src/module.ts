import { contractVersion, defineModule } from '@luotsi/shell-contract';
import { lazyTexts } from '@luotsi/i18n/lazy-texts';

/** Professionals who guide clients to services (as the BFF's guidanceRoles). */
const guidanceRoles = ['social-advisor', 'nurse', 'family-worker'] as const;
const guides = { kind: 'signed-in', roles: guidanceRoles } as const;
const curators = { kind: 'signed-in', roles: ['service-curator'] } as const;

/** Service tray (palvelutarjotin / servicebricka): the region's services for residents; the catalogue overview for curators. */
export default defineModule({
  contractVersion,
  id: 'service-tray',
  areas: {
    resident: {
      basePath: 'service-tray',
      routes: [
        { path: '', load: () => import('./resident/ServicesPage'), titleKey: 'services.title', access: { kind: 'public' } },
        { path: 'service/:id', load: () => import('./resident/ServicePage'), titleKey: 'servicePage.title', access: { kind: 'public' }, texts: 'servicePage' },
        // A recommendation set handed over by a professional: opens without sign-in through its link.
        { path: 'guidance/:token', load: () => import('./guidance/GuidancePage'), titleKey: 'guidance.title', access: { kind: 'public' }, texts: 'guidance' },
      ],
      nav: [{ path: '', labelKey: 'nav.services', access: { kind: 'public' } }],
    },
    staff: {
      basePath: 'service-tray',
      routes: [
        { path: '', load: () => import('./staff/CataloguePage'), titleKey: 'catalogue.title', access: curators },
        { path: 'guidance', load: () => import('./staff/guidance/GuidanceListPage'), titleKey: 'guidance.listTitle', access: guides },
        { path: 'guidance/:setId', load: () => import('./staff/guidance/GuidanceSetPage'), titleKey: 'guidance.setTitle', access: guides },
        { path: 'feedback', load: () => import('./staff/feedback/FeedbackQueuePage'), titleKey: 'feedbackQueue.title', access: curators },
        { path: 'diagnostics', load: () => import('./staff/diagnostics/DiagnosticsPage'), titleKey: 'diagnostics.title', access: curators },
      ],
      nav: [
        { path: '', labelKey: 'nav.catalogue', access: curators },
        { path: 'guidance', labelKey: 'nav.guidance', access: guides },
        { path: 'feedback', labelKey: 'nav.feedback', access: curators },
        { path: 'diagnostics', labelKey: 'nav.diagnostics', access: curators },
      ],
    },
  },
  requiredRoles: ['service-curator', ...guidanceRoles],
  i18n: {
    namespace: 'serviceTray',
    // The staff pages' own texts are a separate chunk: a resident never downloads them.
    load: lazyTexts(
      { fi: () => import('./i18n/fi'), sv: () => import('./i18n/sv'), en: () => import('./i18n/en') },
      {
        staff: { fi: () => import('./staff/i18n/fi'), sv: () => import('./staff/i18n/sv'), en: () => import('./staff/i18n/en') },
        guidance: { fi: () => import('./guidance/i18n/fi'), sv: () => import('./guidance/i18n/sv'), en: () => import('./guidance/i18n/en') },
        servicePage: { fi: () => import('./resident/i18n/fi'), sv: () => import('./resident/i18n/sv'), en: () => import('./resident/i18n/en') },
      },
    ),
  },
});
