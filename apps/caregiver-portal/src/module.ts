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
      routes: [{ path: '', load: () => import('./resident/MyAgreementsPage'), titleKey: 'myAgreements.title', access: carers }],
      nav: [{ path: '', labelKey: 'nav.myAgreements', access: carers }],
    },
    staff: {
      basePath: 'caregiver-portal',
      routes: [{ path: '', load: () => import('./staff/UnitAgreementsPage'), titleKey: 'unitAgreements.title' }],
      nav: [{ path: '', labelKey: 'nav.unitAgreements' }],
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
