/**
 * One-off reimbursements paid in a month's run besides the monthly fees: receipts for costs a
 * county has agreed to reimburse, and the family care start-up reimbursement (käynnistämiskorvaus,
 * Perhehoitolaki 18 §). The monthly family care expense reimbursement (kulukorvaus) is part of
 * the fee calculation instead (fees.ts), because it follows the paid days.
 */
import { dayNumber } from '@luotsi/calendar';
import { type PayType } from './pay-types';

export const claimPayTypes = [
  'expense-claim',
  'family-care-start-up',
] as const satisfies readonly PayType[];
export type ClaimPayType = (typeof claimPayTypes)[number];

export interface ExpenseClaim {
  id: string;
  carerId: string;
  agreementId: string | null;
  serviceAreaCode: string;
  payType: ClaimPayType;
  /** The day the cost arose; the claim is paid in the run of the month it was approved for. */
  date: string;
  amountCents: number;
  description: string;
}

export type ExpenseClaimProblem =
  'not-cents' | 'not-positive' | 'description-required' | 'unknown-pay-type' | 'invalid-date';

export function expenseClaimProblems(claim: Omit<ExpenseClaim, 'id'>): ExpenseClaimProblem[] {
  const problems: ExpenseClaimProblem[] = [];
  if (!Number.isSafeInteger(claim.amountCents)) problems.push('not-cents');
  else if (claim.amountCents <= 0) problems.push('not-positive');
  if (!claim.description.trim()) problems.push('description-required');
  if (!(claimPayTypes as readonly string[]).includes(claim.payType))
    problems.push('unknown-pay-type');
  try {
    dayNumber(claim.date);
  } catch {
    problems.push('invalid-date');
  }
  return problems;
}
