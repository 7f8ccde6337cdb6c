import { daysBetween, helsinkiDate } from '@luotsi/calendar';
import type { CareAgreementStatus } from '@luotsi/caregiving-domain';

// The vocabulary of care agreements (types, statuses) is the domain library's; these are the BFF's
// views of it.
export { careAgreementTypes, careAgreementStatuses, type CareAgreementType, type CareAgreementStatus } from '@luotsi/caregiving-domain';

/** What a carer sees of their own agreements: a draft is still the coordinator's work in progress. */
export const statusesVisibleToCarer: readonly CareAgreementStatus[] = ['sent', 'signed', 'active', 'ended'];

/** The coordinator's list holds the agreements still to be acted on or paid; ended ones are history. */
export const statusesOnCoordinatorList: readonly CareAgreementStatus[] = ['draft', 'sent', 'signed', 'active'];

/** Who manages the agreements of their units. */
export const agreementCoordinatorRoles = ['caregiver-coordinator'] as const;

/**
 * An agreement whose validity ends within this many days is flagged on the coordinator's list, so
 * that a renewal or a closing decision is made in time. County practice, not law.
 */
export const endingSoonDays = 60;

/** Whole days from the calendar date `from` to `to` (both YYYY-MM-DD). */
export const daysFromTo = daysBetween;

/** Whether a valid agreement ends (its last valid day) within `endingSoonDays` of today. */
export function isEndingSoon(agreement: { status: string; validTo: Date | null }, now: Date): boolean {
  if (!agreement.validTo || agreement.status === 'ended' || agreement.status === 'draft') return false;
  const days = daysFromTo(helsinkiDate(now), agreement.validTo.toISOString().slice(0, 10));
  return days >= 0 && days <= endingSoonDays;
}
