/**
 * Adjustments: a locked (already paid) month is never recalculated in place. A mistake found later
 * becomes an explicit correction, positive or negative, paid in a later month's run and marked
 * with the month it corrects, so payroll can report it against the right earning period.
 */
import { type MonthlyFeeResult } from './fees';
import { type YearMonth, parseYearMonth } from './months';
import { payTypes, type PayType } from './pay-types';

export interface Adjustment {
  id: string;
  carerId: string;
  /** The agreement corrected, when the correction is about one. */
  agreementId: string | null;
  serviceAreaCode: string;
  payType: PayType;
  /** The locked month whose pay this corrects. */
  correctsMonth: YearMonth;
  /** The month whose run pays (or recovers) it. */
  paidInMonth: YearMonth;
  /** Positive pays more, negative recovers; whole cents, never 0. */
  amountCents: number;
  /** Why, in the coordinator's words; shown on the carer's statement. */
  reason: string;
}

export type AdjustmentDraft = Omit<Adjustment, 'id'>;

export type AdjustmentProblem =
  | 'not-cents'
  | 'zero-amount'
  | 'reason-required'
  | 'unknown-pay-type'
  | 'not-an-earlier-month'
  | 'month-not-locked';

/**
 * What is wrong with an adjustment. `lockedThrough` is the last month already paid: only those
 * months are corrected by adjustment; an open month is simply recalculated.
 */
export function adjustmentProblems(
  adjustment: AdjustmentDraft,
  lockedThrough?: YearMonth,
): AdjustmentProblem[] {
  const problems: AdjustmentProblem[] = [];
  if (!Number.isSafeInteger(adjustment.amountCents)) problems.push('not-cents');
  else if (adjustment.amountCents === 0) problems.push('zero-amount');
  if (!adjustment.reason.trim()) problems.push('reason-required');
  if (!payTypes.includes(adjustment.payType)) problems.push('unknown-pay-type');
  parseYearMonth(adjustment.correctsMonth);
  parseYearMonth(adjustment.paidInMonth);
  if (adjustment.correctsMonth >= adjustment.paidInMonth) problems.push('not-an-earlier-month');
  if (lockedThrough !== undefined && adjustment.correctsMonth > lockedThrough)
    problems.push('month-not-locked');
  return problems;
}

function totalsByPayType(result: MonthlyFeeResult): Map<PayType, number> {
  const totals = new Map<PayType, number>();
  for (const line of result.lines)
    totals.set(line.payType, (totals.get(line.payType) ?? 0) + line.amountCents);
  return totals;
}

/**
 * The corrections that turn what was paid (`locked`) into what should have been paid
 * (`recomputed`, the same agreement and month with corrected facts), one per pay type that differs.
 */
export function proposeAdjustments(
  locked: MonthlyFeeResult,
  recomputed: MonthlyFeeResult,
  paidInMonth: YearMonth,
  reason: string,
): AdjustmentDraft[] {
  if (locked.agreementId !== recomputed.agreementId || locked.month !== recomputed.month)
    throw new RangeError('Adjustments compare the same agreement and month');
  const before = totalsByPayType(locked);
  const after = totalsByPayType(recomputed);
  return payTypes
    .map((payType) => ({
      payType,
      amountCents: (after.get(payType) ?? 0) - (before.get(payType) ?? 0),
    }))
    .filter((d) => d.amountCents !== 0)
    .map(({ payType, amountCents }) => ({
      carerId: recomputed.carerId,
      agreementId: recomputed.agreementId,
      serviceAreaCode: recomputed.serviceAreaCode,
      payType,
      correctsMonth: recomputed.month,
      paidInMonth,
      amountCents,
      reason,
    }));
}
