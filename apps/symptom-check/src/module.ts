import { contractVersion, defineModule } from '@luotsi/shell-contract';
import { lazyTexts } from '@luotsi/i18n/lazy-texts';

/** Symptom check (oirearvio / symptombedömning): the assessments for residents; the contact-request queue for nurses. */
export default defineModule({
  contractVersion,
  id: 'symptom-check',
  areas: {
    resident: {
      basePath: 'symptom-check',
      routes: [
        { path: '', load: () => import('./resident/AssessmentsPage'), titleKey: 'assessments.title', access: { kind: 'public' } },
        // Signed in (the default): the resident's own requests, decided by the session.
        { path: 'my-requests', load: () => import('./resident/MyRequestsPage'), titleKey: 'nav.myRequests', texts: 'myRequests' },
        // Public: anyone may answer; sending asks for sign-in. After 'my-requests' (first match wins).
        { path: ':questionnaireId', load: () => import('./resident/AssessmentPage'), titleKey: 'assessments.title', access: { kind: 'public' }, texts: 'assessment' },
      ],
      nav: [
        { path: '', labelKey: 'nav.assessments', access: { kind: 'public' } },
        { path: 'my-requests', labelKey: 'nav.myRequests' },
      ],
    },
    staff: {
      basePath: 'symptom-check',
      routes: [
        { path: '', load: () => import('./staff/ContactRequestsPage'), titleKey: 'contactRequests.title' },
        // One request opened for handling (every opening is access-logged by the BFF).
        { path: ':requestId', load: () => import('./staff/ContactRequestPage'), titleKey: 'contactRequest.titleLoading' },
      ],
      nav: [{ path: '', labelKey: 'nav.contactRequests' }],
    },
  },
  requiredRoles: ['nurse'],
  i18n: {
    namespace: 'symptomCheck',
    // The staff pages' own texts are a separate chunk: a resident never downloads them.
    load: lazyTexts(
      { fi: () => import('./i18n/fi'), sv: () => import('./i18n/sv'), en: () => import('./i18n/en') },
      {
        staff: { fi: () => import('./staff/i18n/fi'), sv: () => import('./staff/i18n/sv'), en: () => import('./staff/i18n/en') },
        assessment: { fi: () => import('./assessment/i18n/fi'), sv: () => import('./assessment/i18n/sv'), en: () => import('./assessment/i18n/en') },
        myRequests: { fi: () => import('./my-requests/i18n/fi'), sv: () => import('./my-requests/i18n/sv'), en: () => import('./my-requests/i18n/en') },
      },
    ),
  },
});
