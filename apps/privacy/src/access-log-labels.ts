import { useTexts } from '@luotsi/i18n';
import type { fi } from './i18n/fi';
import type { fi as accessLogFi } from './access-log/i18n/fi';

/**
 * Names of the access log's coded values in the reader's language. The BFF stores roles, object
 * types and purposes as ids; an id this version does not know still shows, in a generic form.
 */
const roles = ['nurse', 'social-advisor', 'family-worker', 'team-lead', 'caregiver-coordinator', 'service-curator', 'editor', 'manager', 'admin'] as const;
const objects = ['ContactRequest', 'HelpRequest', 'CareAgreement', 'CareAgreementVersion', 'CareReport', 'CareAdjustment', 'CareStatement', 'Person', 'CalendarEntry', 'AccessLog', 'GuidanceSet'] as const;
const purposes = ['unit-queue', 'care-agreement', 'care-report', 'care-payroll', 'appointment', 'first-contact-booking', 'own-calendar', 'absence-reassignment', 'access-log-supervision', 'information-request', 'client-guidance'] as const;
export const accessLogActions = ['READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'PRINT'] as const;
export type AccessLogActionValue = (typeof accessLogActions)[number];

const member = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

export function useAccessLogLabels() {
  const { t } = useTexts<typeof fi & typeof accessLogFi>('privacy');
  return {
    role: (role: string) => (member(roles, role) ? t(`accessLog.roles.${role}`) : t('accessLog.roles.other')),
    object: (type: string) => (member(objects, type) ? t(`accessLog.objects.${type}`) : t('accessLog.objects.other')),
    purpose: (purpose: string) => (member(purposes, purpose) ? t(`accessLog.purposes.${purpose}`) : t('accessLog.purposes.other', { id: purpose })),
    action: (action: string) => {
      const key = action.toLowerCase();
      return member(['read', 'create', 'update', 'delete', 'export', 'print'] as const, key) ? t(`accessLog.actions.${key}`) : action;
    },
  };
}
