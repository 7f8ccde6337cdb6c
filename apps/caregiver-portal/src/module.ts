import { contractVersion, defineModule } from '@luotsi/shell-contract';
import { lazyTexts } from '@luotsi/i18n/lazy-texts';

/** Only residents with a signed or active care agreement are carers (the BFF decides at sign-in). */
const carers = { kind: 'signed-in', roles: ['carer'] } as const;

/**
 * Caregiver portal (palkkiopalvelu / arvodestjänst): a carer's own agreements; the coordinator's
 * agreements of her units.
 */
export default defineModule({
  contractVersion,
  id: 'caregiver-portal',
  areas: {
    resident: {
      basePath: 'caregiver-portal',
      routes: [
        { path: '', load: () => import('./resident/MyAgreementsPage'), titleKey: 'myAgreements.title', access: carers },
        // Any signed-in resident: a first agreement makes its carer a carer only once signed.
        { path: 'agreements/:agreementId', load: () => import('./resident/agreements/AgreementPage'), titleKey: 'agreement.title', access: { kind: 'signed-in' } },
        { path: 'reports', load: () => import('./resident/reports/ReportsPage'), titleKey: 'reports.title', access: carers },
        { path: 'reports/:agreementId/:month', load: () => import('./resident/reports/ReportMonthPage'), titleKey: 'reports.monthTitle', access: carers },
        { path: 'statements/:month', load: () => import('./resident/reports/StatementPage'), titleKey: 'reports.statement.title', access: carers },
      ],
      nav: [
        { path: '', labelKey: 'nav.myAgreements', access: carers },
        { path: 'reports', labelKey: 'reports.nav', access: carers },
      ],
    },
    staff: {
      basePath: 'caregiver-portal',
      routes: [
        { path: '', load: () => import('./staff/UnitAgreementsPage'), titleKey: 'unitAgreements.title' },
        { path: 'agreements/new', load: () => import('./staff/agreements/AgreementDraftPage'), titleKey: 'draft.title' },
        { path: 'agreements/templates', load: () => import('./staff/agreements/TemplatesPage'), titleKey: 'templates.title' },
        { path: 'agreements/:agreementId', load: () => import('./staff/agreements/AgreementDetailPage'), titleKey: 'agreement.title' },
        { path: 'reports', load: () => import('./staff/reports/ReportQueuePage'), titleKey: 'staffReports.queueTitle' },
        { path: 'reports/:agreementId/:month', load: () => import('./staff/reports/StaffReportPage'), titleKey: 'staffReports.reviewTitle' },
        { path: 'payroll', load: () => import('./staff/payroll/PayrollRunPage'), titleKey: 'staffReports.runTitle' },
        { path: 'payroll/:runId/:carerId', load: () => import('./staff/payroll/StaffStatementPage'), titleKey: 'reports.statement.title' },
      ],
      nav: [
        { path: '', labelKey: 'nav.unitAgreements' },
        { path: 'reports', labelKey: 'staffReports.nav' },
        { path: 'payroll', labelKey: 'staffReports.navRun' },
      ],
    },
  },
  requiredRoles: ['caregiver-coordinator'],
  i18n: {
    namespace: 'caregiverPortal',
    // The staff pages' own texts are a separate chunk: a resident never downloads them.
    load: lazyTexts(
      { fi: () => import('./i18n/fi'), sv: () => import('./i18n/sv'), en: () => import('./i18n/en') },
      { staff: { fi: () => import('./staff/i18n/fi'), sv: () => import('./staff/i18n/sv'), en: () => import('./staff/i18n/en') } },
    ),
  },
});
