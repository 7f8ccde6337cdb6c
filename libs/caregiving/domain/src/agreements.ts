/**
 * The vocabulary of care agreements (the database stores these strings, see caregiving.prisma).
 */
export const careAgreementTypes = [
  'informal-care',
  'family-care',
  'experience-expert',
  'support-person',
  'support-family',
  'substitute-care',
] as const;
export type CareAgreementType = (typeof careAgreementTypes)[number];

/** draft (being prepared) → sent (waiting for the carer's signature) → signed → active → ended. */
export const careAgreementStatuses = ['draft', 'sent', 'signed', 'active', 'ended'] as const;
export type CareAgreementStatus = (typeof careAgreementStatuses)[number];

/**
 * Agreements with a monthly care fee. Substitute care, experience experts and support persons are
 * paid per day or per visit under their own commissions, which this library does not calculate.
 */
export const monthlyFeeAgreementTypes: readonly CareAgreementType[] = [
  'informal-care',
  'family-care',
];

/** A signed agreement is paid for its valid days; a draft or an unsigned one never is. */
export const payableStatuses: readonly CareAgreementStatus[] = ['signed', 'active', 'ended'];
