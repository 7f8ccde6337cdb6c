/**
 * The monthly run of one service area: every agreement's fee for the month, then the payroll
 * export of those fees, the approved claims and the corrections paid this month.
 */
import { type Adjustment } from './adjustments';
import { type FeeTables } from './fee-tables';
import { calculateMonthlyFee, type FeeAgreement, type MonthlyFeeResult } from './fees';
import { type Interruption } from './interruptions';
import { type YearMonth } from './months';
import { buildPayrollExport, type Payee, type PayrollExport } from './payroll-export';
import { type PayType } from './pay-types';
import { type ExpenseClaim } from './reimbursements';

export interface MonthlyRunInput {
  month: YearMonth;
  serviceAreaCode: string;
  agreements: readonly FeeAgreement[];
  interruptions?: readonly Interruption[];
  claims?: readonly ExpenseClaim[];
  adjustments?: readonly Adjustment[];
  payees: readonly Payee[];
  tables?: FeeTables;
  wageTypes?: Partial<Record<PayType, string>>;
  paymentDate?: string;
}

export interface MonthlyRun {
  /** One result per agreement of the service area, warnings included, for review and statements. */
  results: MonthlyFeeResult[];
  export: PayrollExport;
}

export function runMonth(input: MonthlyRunInput): MonthlyRun {
  const agreements = input.agreements.filter((a) => a.serviceAreaCode === input.serviceAreaCode);
  const results = agreements.map((a) =>
    calculateMonthlyFee(a, input.month, {
      ...(input.tables ? { tables: input.tables } : {}),
      interruptions: input.interruptions ?? [],
    }),
  );
  const exported = buildPayrollExport({
    month: input.month,
    serviceAreaCode: input.serviceAreaCode,
    results,
    claims: (input.claims ?? []).filter((c) => c.serviceAreaCode === input.serviceAreaCode),
    adjustments: (input.adjustments ?? []).filter(
      (a) => a.serviceAreaCode === input.serviceAreaCode && a.paidInMonth === input.month,
    ),
    payees: input.payees,
    ...(input.wageTypes ? { wageTypes: input.wageTypes } : {}),
    ...(input.paymentDate ? { paymentDate: input.paymentDate } : {}),
  });
  return { results, export: exported };
}
