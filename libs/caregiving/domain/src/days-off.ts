/**
 * Days off (vapaapäivät): earned per calendar month of care, used by the carer, carried over and
 * expired by the county's rules. Omaishoitolaki 4 §: at least 2 days a month, at least 3 when the
 * care binds round the clock or continuously every day. How part months count and how long days
 * keep are agreement data (DaysOffPolicy), not law.
 */
import {
  datesOf,
  intersect,
  monthRange,
  addMonthsToYearMonth,
  daysInYearMonth,
  parseYearMonth,
  yearMonthOf,
  type DateRange,
  type YearMonth,
} from './months';

/** How a month with fewer care days than calendar days earns days off. */
export type PartMonthRule =
  /** floor(perMonth × careDays / daysInMonth): 15 of 30 days at 3 a month earns 1. */
  | { kind: 'pro-rata' }
  /** The full month's days when care lasted at least `minCareDays`, else none. */
  | { kind: 'threshold'; minCareDays: number }
  /** Only whole months of care earn days off. */
  | { kind: 'none' };

/** How long an earned day off keeps. */
export type CarryOverRule =
  | { kind: 'unlimited' }
  /** Days earned for month M can be used until the end of month M + `months` (at least 1). */
  | { kind: 'months-after-earning'; months: number }
  /**
   * Days earned in year Y can be used until the end of month `month` of year Y + 1 (e.g. 3:
   * by the end of next March). 0 means by the end of year Y itself.
   */
  | { kind: 'until-month-of-next-year'; month: number };

export interface DaysOffPolicy {
  /** Days earned by a whole month of care: the statutory 2 or 3, or more by agreement. */
  perMonth: number;
  partMonth: PartMonthRule;
  carryOver: CarryOverRule;
  /** Unused days above this are not credited (forfeited); null for no cap. */
  maxBalance: number | null;
}

/** The statutory minimum per month: 3 when care binds round the clock or every day, else 2. */
export function statutoryDaysOffPerMonth(bindsRoundTheClock: boolean): number {
  return bindsRoundTheClock ? 3 : 2;
}

export type DaysOffPolicyProblem =
  | 'below-statutory-minimum'
  | 'not-whole-days'
  | 'invalid-part-month-rule'
  | 'invalid-carry-over-rule'
  | 'invalid-max-balance';

/** What is wrong with a policy, if anything: a coordinator sees these before saving an agreement. */
export function daysOffPolicyProblems(
  policy: DaysOffPolicy,
  bindsRoundTheClock: boolean,
): DaysOffPolicyProblem[] {
  const problems: DaysOffPolicyProblem[] = [];
  if (!Number.isInteger(policy.perMonth)) problems.push('not-whole-days');
  else if (policy.perMonth < statutoryDaysOffPerMonth(bindsRoundTheClock))
    problems.push('below-statutory-minimum');
  if (
    policy.partMonth.kind === 'threshold' &&
    (!Number.isInteger(policy.partMonth.minCareDays) ||
      policy.partMonth.minCareDays < 1 ||
      policy.partMonth.minCareDays > 31)
  )
    problems.push('invalid-part-month-rule');
  const c = policy.carryOver;
  if (
    (c.kind === 'months-after-earning' && (!Number.isInteger(c.months) || c.months < 1)) ||
    (c.kind === 'until-month-of-next-year' &&
      (!Number.isInteger(c.month) || c.month < 0 || c.month > 12))
  )
    problems.push('invalid-carry-over-rule');
  if (policy.maxBalance !== null && (!Number.isInteger(policy.maxBalance) || policy.maxBalance < 0))
    problems.push('invalid-max-balance');
  return problems;
}

/** Days off earned for one month with `careDays` of care (see PartMonthRule). */
export function daysOffEarned(
  policy: DaysOffPolicy,
  careDays: number,
  daysInMonth: number,
): number {
  if (careDays >= daysInMonth) return policy.perMonth;
  if (careDays <= 0) return 0;
  switch (policy.partMonth.kind) {
    case 'pro-rata':
      return Math.floor((policy.perMonth * careDays) / daysInMonth);
    case 'threshold':
      return careDays >= policy.partMonth.minCareDays ? policy.perMonth : 0;
    case 'none':
      return 0;
  }
}

/**
 * Care days of a month: days within the agreement's validity when care was not interrupted.
 * Short absences (day activity, school) are not interruptions and are not recorded as such.
 */
export function careDaysInMonth(
  month: YearMonth,
  validity: { from: string; to: string | null },
  interruptions: readonly { from: string; to: string | null }[],
): number {
  const valid = intersect(monthRange(month), validity);
  if (!valid) return 0;
  const off = new Set<string>();
  for (const i of interruptions) {
    const overlap = intersect(valid, i);
    if (overlap) for (const d of datesOf(overlap)) off.add(d);
  }
  return datesOf(valid).length - off.size;
}

/** A batch of days earned for one month, used oldest first. */
export interface DaysOffLot {
  earnedFor: YearMonth;
  /** The last month in which these days can be used; null when they never expire. */
  usableThrough: YearMonth | null;
  remaining: number;
}

export interface DaysOffUse {
  /** First day of the leave. */
  date: string;
  days: number;
}

export interface DaysOffMonthInput {
  month: YearMonth;
  careDays: number;
  uses?: readonly DaysOffUse[];
}

export interface DaysOffMonthStatement {
  month: YearMonth;
  opening: number;
  used: number;
  /** Uses that the balance did not cover; none of their days were taken from the balance. */
  rejected: DaysOffUse[];
  earned: number;
  /** Earned days not credited because of the cap. */
  forfeited: number;
  /** Unused days whose carry-over period ended with this month. */
  expired: number;
  closing: number;
}

function usableThrough(rule: CarryOverRule, earnedFor: YearMonth): YearMonth | null {
  switch (rule.kind) {
    case 'unlimited':
      return null;
    case 'months-after-earning':
      return addMonthsToYearMonth(earnedFor, rule.months);
    case 'until-month-of-next-year': {
      const { year } = parseYearMonth(earnedFor);
      return rule.month === 0
        ? `${year}-12`
        : addMonthsToYearMonth(`${year + 1}-01`, rule.month - 1);
    }
  }
}

const balanceOf = (lots: readonly DaysOffLot[]) => lots.reduce((sum, l) => sum + l.remaining, 0);

/**
 * The days-off account month by month. Within a month: uses are taken from days earned in
 * earlier months (oldest first), then the month's days are credited at its end (capped), then
 * days whose carry-over ends with the month expire. Days earned for a month are therefore usable
 * from the next month on. Months must be consecutive and in order.
 */
export function daysOffLedger(
  policy: DaysOffPolicy,
  months: readonly DaysOffMonthInput[],
  openingLots: readonly DaysOffLot[] = [],
): { statements: DaysOffMonthStatement[]; lots: DaysOffLot[] } {
  let lots = openingLots.map((l) => ({ ...l }));
  const statements: DaysOffMonthStatement[] = [];
  let previous: YearMonth | null = null;
  for (const input of months) {
    if (previous !== null && input.month !== addMonthsToYearMonth(previous, 1))
      throw new RangeError(`Months must be consecutive: ${previous} then ${input.month}`);
    previous = input.month;
    const opening = balanceOf(lots);
    let used = 0;
    const rejected: DaysOffUse[] = [];
    for (const use of [...(input.uses ?? [])].sort((a, b) => a.date.localeCompare(b.date))) {
      if (yearMonthOf(use.date) !== input.month)
        throw new RangeError(`A day off on ${use.date} is not in ${input.month}`);
      if (!Number.isInteger(use.days) || use.days <= 0)
        throw new RangeError(`Days off must be a whole number above 0: ${use.days}`);
      if (balanceOf(lots) < use.days) {
        rejected.push(use);
        continue;
      }
      let left = use.days;
      for (const lot of lots) {
        const take = Math.min(lot.remaining, left);
        lot.remaining -= take;
        left -= take;
        if (left === 0) break;
      }
      used += use.days;
      lots = lots.filter((l) => l.remaining > 0);
    }
    const earnedNow = daysOffEarned(policy, input.careDays, daysInYearMonth(input.month));
    const room =
      policy.maxBalance === null
        ? earnedNow
        : Math.max(0, Math.min(earnedNow, policy.maxBalance - balanceOf(lots)));
    if (room > 0)
      lots.push({
        earnedFor: input.month,
        usableThrough: usableThrough(policy.carryOver, input.month),
        remaining: room,
      });
    let expired = 0;
    lots = lots.filter((l) => {
      const keeps = l.usableThrough === null || l.usableThrough > input.month;
      if (!keeps) expired += l.remaining;
      return keeps;
    });
    statements.push({
      month: input.month,
      opening,
      used,
      rejected,
      earned: earnedNow,
      forfeited: earnedNow - room,
      expired,
      closing: balanceOf(lots),
    });
  }
  return { statements, lots };
}

/** Care days per month for a ledger, from an agreement's validity and its interruptions. */
export function daysOffMonths(
  months: readonly YearMonth[],
  validity: DateRange | { from: string; to: string | null },
  interruptions: readonly { from: string; to: string | null }[],
  uses: readonly DaysOffUse[] = [],
): DaysOffMonthInput[] {
  return months.map((month) => ({
    month,
    careDays: careDaysInMonth(month, validity, interruptions),
    uses: uses.filter((u) => yearMonthOf(u.date) === month),
  }));
}
