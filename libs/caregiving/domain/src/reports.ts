/**
 * The carer's monthly report (kuukausi-ilmoitus / månadsanmälan): the days off taken, the
 * interruptions of care and, in family care, the expenses of one agreement and one calendar month.
 * The carer fills it in during the month and submits it by the 3rd of the next month; the
 * coordinator approves it (the month is then locked) or returns it with a comment.
 */
import { z } from 'zod';
import { addDays, isValidDate, makeDate } from '@luotsi/calendar';
import { type CareAgreementType } from './agreements';
import { daysOffLedger, type DaysOffPolicy } from './days-off';
import { type InterruptionReason } from './interruptions';
import { type ExpenseClaim } from './reimbursements';
import {
  addMonthsToYearMonth,
  datesOf,
  intersect,
  monthRange,
  monthsBetween,
  parseYearMonth,
  yearMonthOf,
  type DateRange,
  type YearMonth,
} from './months';

/** draft (being filled in) → submitted → approved (locked), or returned → submitted again. */
export const reportStatuses = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** What the carer can still change: everything until the coordinator approves. */
export const editableReportStatuses: readonly ReportStatus[] = ['draft', 'submitted', 'returned'];

/** The carer's words for an interruption; the fee rules see them as InterruptionReason. */
export const reportInterruptionKinds = ['hospital-stay', 'respite-care', 'other'] as const;
export type ReportInterruptionKind = (typeof reportInterruptionKinds)[number];

/**
 * A hospital stay is the cared person's health (the fee continues for the statutory grace period);
 * respite care and anything else stop the fee at once unless the agreement says otherwise. Respite
 * care arranged for the carer's own days off is reported as days off, not as an interruption.
 */
export const interruptionReasonOfKind: Readonly<Record<ReportInterruptionKind, InterruptionReason>> = {
  'hospital-stay': 'cared-person-health',
  'respite-care': 'other',
  other: 'other',
};

export interface ReportInterruption {
  kind: ReportInterruptionKind;
  /** First day without care, inside the month. */
  from: string;
  /** Last day without care, inside the month (an interruption going on is reported to month end). */
  to: string;
}

export interface ReportExpense {
  date: string;
  amountCents: number;
  description: string;
}

export interface MonthlyReportContent {
  /** The days off taken, one date each. */
  daysOff: readonly string[];
  interruptions: readonly ReportInterruption[];
  /** Family care only. */
  expenses: readonly ReportExpense[];
}

/** What the report rules need of an agreement. */
export interface ReportAgreement {
  id: string;
  type: CareAgreementType;
  validFrom: string;
  validTo: string | null;
  daysOffPerMonth: number;
}

/** The longest description of an expense item. */
export const expenseDescriptionMaxLength = 200;
/** An expense item above this is surely a typing error (cents, not euros): 5,000.00 €. */
export const expenseMaxCents = 500_000;

export type ReportProblemCode =
  | 'invalid-date'
  | 'outside-month'
  | 'outside-agreement'
  | 'duplicate-day'
  | 'ends-before-start'
  | 'overlapping-interruption'
  | 'day-off-during-interruption'
  | 'days-off-exceed-balance'
  | 'expenses-not-allowed'
  | 'amount-invalid'
  | 'description-required'
  | 'description-too-long';

/** A problem of one field of the report; `path` is relative to the report content. */
export interface ReportProblem {
  path: (string | number)[];
  code: ReportProblemCode;
}

/** Reports are due by the 3rd of the next month (domain-rules.md). */
export function reportDueDate(month: YearMonth, dayOfNextMonth = 3): string {
  const { year, month: m } = parseYearMonth(addMonthsToYearMonth(month, 1));
  return makeDate(year, m, dayOfNextMonth);
}

/**
 * Whether a report is late: submitted after its due date, or not submitted and the due date has
 * passed. Dates are Helsinki calendar dates.
 */
export function isReportLate(month: YearMonth, submittedOn: string | null, today: string): boolean {
  const due = reportDueDate(month);
  return (submittedOn ?? today) > due;
}

/** The days of the month the agreement is valid on; null when none. */
export function reportableRange(agreement: ReportAgreement, month: YearMonth): DateRange | null {
  return intersect(monthRange(month), { from: agreement.validFrom, to: agreement.validTo });
}

/** A report can be made for a month the agreement covers, once the month has begun. */
export function canReportMonth(agreement: ReportAgreement, month: YearMonth, today: string): boolean {
  return reportableRange(agreement, month) !== null && monthRange(month).from <= today;
}

/**
 * The county's days-off rules for an agreement: the agreed days per month, part months pro rata,
 * unused days usable until the end of the next year's March, no cap. Agreement data later.
 */
export function countyDaysOffPolicy(daysOffPerMonth: number): DaysOffPolicy {
  return {
    perMonth: daysOffPerMonth,
    partMonth: { kind: 'pro-rata' },
    carryOver: { kind: 'until-month-of-next-year', month: 3 },
    maxBalance: null,
  };
}

/** An earlier month's report as the days-off account needs it. */
export interface ReportedMonth {
  month: YearMonth;
  daysOff: readonly string[];
  interruptions: readonly { from: string; to: string }[];
}

/** How far back the account is counted: carried-over days never keep longer than this. */
const ledgerMonths = 24;

/**
 * Days off the carer can take in `month`: what earlier months earned (a month without a report
 * counts as a whole month of care) less what earlier reports used, with carry-over and expiry.
 * The month's own days are credited at its end, so they are usable from the next month.
 */
export function daysOffAvailable(
  agreement: ReportAgreement,
  month: YearMonth,
  earlier: readonly ReportedMonth[],
): number {
  const policy = countyDaysOffPolicy(agreement.daysOffPerMonth);
  const firstValid = yearMonthOf(agreement.validFrom);
  const start =
    monthsBetween(firstValid, month) > ledgerMonths
      ? addMonthsToYearMonth(month, -ledgerMonths)
      : firstValid;
  const months: YearMonth[] = [];
  for (let m = start; m < month; m = addMonthsToYearMonth(m, 1)) months.push(m);
  if (months.length === 0) return 0;
  const byMonth = new Map(earlier.map((r) => [r.month, r]));
  const inputs = months.map((m) => {
    const range = reportableRange(agreement, m);
    const reported = byMonth.get(m);
    const off = new Set<string>();
    for (const i of reported?.interruptions ?? []) {
      const overlap = range && intersect(range, i);
      if (overlap) for (const d of datesOf(overlap)) off.add(d);
    }
    return {
      month: m,
      careDays: range ? datesOf(range).length - off.size : 0,
      uses: (reported?.daysOff ?? []).map((date) => ({ date, days: 1 })),
    };
  });
  const { statements } = daysOffLedger(policy, inputs);
  return statements[statements.length - 1]?.closing ?? 0;
}

/** Every date an interruption of the report covers, for the day list and the checks. */
export function interruptedDates(interruptions: readonly ReportInterruption[]): Set<string> {
  const out = new Set<string>();
  for (const i of interruptions)
    if (isValidDate(i.from) && isValidDate(i.to) && i.from <= i.to)
      for (let d = i.from; d <= i.to; d = addDays(d, 1)) out.add(d);
  return out;
}

/** Care days of the month: valid days without an interruption or a day off. */
export function reportCareDays(
  agreement: ReportAgreement,
  month: YearMonth,
  content: MonthlyReportContent,
): number {
  const range = reportableRange(agreement, month);
  if (!range) return 0;
  const away = interruptedDates(content.interruptions);
  for (const d of content.daysOff) away.add(d);
  return datesOf(range).filter((d) => !away.has(d)).length;
}

/**
 * What is wrong with a report, field by field; empty when it can be saved and submitted. Dates
 * must be inside the month and the agreement's validity; interruptions must not overlap; days off
 * not during an interruption nor beyond `daysOffBalance` (from daysOffAvailable); expenses only in
 * family care, in whole positive cents with a description.
 */
export function reportProblems(
  agreement: ReportAgreement,
  month: YearMonth,
  content: MonthlyReportContent,
  daysOffBalance: number,
): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const monthDays = monthRange(month);
  const valid = reportableRange(agreement, month);
  const dateProblem = (date: string): ReportProblemCode | null => {
    if (!isValidDate(date)) return 'invalid-date';
    if (date < monthDays.from || date > monthDays.to) return 'outside-month';
    if (!valid || date < valid.from || date > valid.to) return 'outside-agreement';
    return null;
  };

  const seen = new Set<string>();
  content.daysOff.forEach((date, index) => {
    const code = dateProblem(date) ?? (seen.has(date) ? 'duplicate-day' : null);
    seen.add(date);
    if (code) problems.push({ path: ['daysOff', index], code });
  });

  content.interruptions.forEach((interruption, index) => {
    const from = dateProblem(interruption.from);
    const to = dateProblem(interruption.to);
    if (from) problems.push({ path: ['interruptions', index, 'from'], code: from });
    if (to) problems.push({ path: ['interruptions', index, 'to'], code: to });
    if (!from && !to && interruption.to < interruption.from)
      problems.push({ path: ['interruptions', index, 'to'], code: 'ends-before-start' });
  });
  // Overlaps are reported on the later of two interruptions, so the first one stays as entered.
  content.interruptions.forEach((b, j) => {
    const overlaps = content.interruptions.some(
      (a, i) => i < j && a.from <= a.to && b.from <= b.to && a.from <= b.to && b.from <= a.to,
    );
    if (overlaps) problems.push({ path: ['interruptions', j, 'from'], code: 'overlapping-interruption' });
  });
  const away = interruptedDates(content.interruptions);
  content.daysOff.forEach((date, index) => {
    if (away.has(date)) problems.push({ path: ['daysOff', index], code: 'day-off-during-interruption' });
  });
  if (seen.size > daysOffBalance && content.daysOff.length > 0)
    problems.push({ path: ['daysOff'], code: 'days-off-exceed-balance' });

  if (content.expenses.length > 0 && agreement.type !== 'family-care')
    problems.push({ path: ['expenses'], code: 'expenses-not-allowed' });
  content.expenses.forEach((expense, index) => {
    const date = dateProblem(expense.date);
    if (date) problems.push({ path: ['expenses', index, 'date'], code: date });
    if (
      !Number.isSafeInteger(expense.amountCents) ||
      expense.amountCents <= 0 ||
      expense.amountCents > expenseMaxCents
    )
      problems.push({ path: ['expenses', index, 'amountCents'], code: 'amount-invalid' });
    const description = expense.description.trim();
    if (!description) problems.push({ path: ['expenses', index, 'description'], code: 'description-required' });
    else if (description.length > expenseDescriptionMaxLength)
      problems.push({ path: ['expenses', index, 'description'], code: 'description-too-long' });
  });
  return problems;
}

/** A report's content in a stable order, so that saving the same report twice stores the same. */
export function normalizeReportContent(content: MonthlyReportContent): MonthlyReportContent {
  return {
    daysOff: [...new Set(content.daysOff)].sort(),
    interruptions: [...content.interruptions].sort(
      (a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
    ),
    expenses: content.expenses
      .map((e) => ({ ...e, description: e.description.trim() }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.amountCents - b.amountCents),
  };
}

/** An approved report's interruptions as the fee calculation reads them. */
export function reportInterruptionsForFees(
  agreementId: string,
  interruptions: readonly ReportInterruption[],
): { agreementId: string; reason: InterruptionReason; from: string; to: string }[] {
  return interruptions.map((i) => ({
    agreementId,
    reason: interruptionReasonOfKind[i.kind],
    from: i.from,
    to: i.to,
  }));
}

/** An approved report's expense items as the claims the monthly run pays. */
export function reportExpenseClaims(
  report: { id: string; carerId: string; agreementId: string; serviceAreaCode: string },
  expenses: readonly ReportExpense[],
): ExpenseClaim[] {
  return expenses.map((e, index) => ({
    id: `${report.id}:${index}`,
    carerId: report.carerId,
    agreementId: report.agreementId,
    serviceAreaCode: report.serviceAreaCode,
    payType: 'expense-claim',
    date: e.date,
    amountCents: e.amountCents,
    description: e.description,
  }));
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isValidDate);

/**
 * The shape of a saved report, checked by the form and the BFF alike; the month's rules
 * (reportProblems) need the agreement and are checked by the BFF.
 */
export const reportInputSchema = z.object({
  agreementId: z.uuid(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  daysOff: z.array(isoDate).max(31),
  interruptions: z
    .array(z.object({ kind: z.enum(reportInterruptionKinds), from: isoDate, to: isoDate }))
    .max(31),
  expenses: z
    .array(
      z.object({
        date: isoDate,
        amountCents: z.number().int().min(1).max(expenseMaxCents),
        description: z.string().trim().min(1).max(expenseDescriptionMaxLength),
      }),
    )
    .max(50),
  submit: z.boolean(),
  /** A fresh key per save click (crypto.randomUUID()); a retry sends the same key again. */
  idempotencyKey: z.string().min(8).max(100),
});
export type ReportInput = z.infer<typeof reportInputSchema>;
