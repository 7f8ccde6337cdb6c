/**
 * Interruptions of care (hoidon keskeytyminen) and when they stop the fee. Omaishoitolaki 5 §:
 * if care is interrupted for the cared person's health, the fee stops after a period set in law
 * (a month, to be confirmed against Finlex) or longer by agreement; for any other reason it stops
 * at once. The periods are data, so a county's or an agreement's own terms are a new policy value.
 */
import { addDays } from '@luotsi/calendar';
import { addCalendarMonths, datesOf, intersect, type DateRange } from './months';

/**
 * Why care was interrupted. Only the cared person's health carries a statutory grace period; the
 * carer's own illness or request, and anything else, stop the fee at once unless agreed otherwise.
 */
export const interruptionReasons = [
  'cared-person-health',
  'carer-health',
  'carer-request',
  'other',
] as const;
export type InterruptionReason = (typeof interruptionReasons)[number];

export interface Interruption {
  agreementId: string;
  reason: InterruptionReason;
  /** First day without care. */
  from: string;
  /** Last day without care; null while care has not resumed. */
  to: string | null;
}

/** How long the fee is still paid after an interruption begins. */
export type GracePeriod = { unit: 'days' | 'months'; count: number };

export interface InterruptionPolicy {
  graceByReason: Readonly<Record<InterruptionReason, GracePeriod>>;
}

const none: GracePeriod = { unit: 'days', count: 0 };

/**
 * The statutory default (domain-rules.md): a month for the cared person's health, nothing for
 * other reasons. Family care has no statutory rule; its commission agreement sets one, and this
 * is only the starting value a coordinator is offered.
 */
export const statutoryInterruptionPolicy: InterruptionPolicy = {
  graceByReason: {
    'cared-person-health': { unit: 'months', count: 1 },
    'carer-health': none,
    'carer-request': none,
    other: none,
  },
};

/** The first day that is no longer paid for an interruption beginning on `from`. */
export function firstUnpaidDay(from: string, grace: GracePeriod): string {
  if (!Number.isInteger(grace.count) || grace.count < 0)
    throw new RangeError(`Grace period must be a whole number ≥ 0: ${grace.count}`);
  return grace.unit === 'days' ? addDays(from, grace.count) : addCalendarMonths(from, grace.count);
}

/**
 * The days in `range` when care was interrupted, split into those still paid (within a grace
 * period) and those not paid. A day covered by two interruptions is unpaid if either says so.
 */
export function interruptionDays(
  interruptions: readonly Interruption[],
  policy: InterruptionPolicy,
  range: DateRange,
): { interrupted: Set<string>; unpaid: Set<string> } {
  const interrupted = new Set<string>();
  const unpaid = new Set<string>();
  for (const interruption of interruptions) {
    if (interruption.to !== null && interruption.to < interruption.from)
      throw new RangeError(
        `Interruption ends before it begins: ${interruption.from}–${interruption.to}`,
      );
    const inRange = intersect(range, interruption);
    if (!inRange) continue;
    const stopsOn = firstUnpaidDay(interruption.from, policy.graceByReason[interruption.reason]);
    for (const date of datesOf(inRange)) {
      interrupted.add(date);
      if (date >= stopsOn) unpaid.add(date);
    }
  }
  return { interrupted, unpaid };
}
