/**
 * The monthly payroll export of one service area: one row per payee, pay type and earning month,
 * with totals, as a semicolon-separated CSV that Finnish payroll systems and a Finnish-locale Excel
 * read as is. Columns are documented in README.md ("Payroll CSV"); changing them is a contract
 * change for every county's payroll import.
 */
import { type Adjustment } from './adjustments';
import { type MonthlyFeeResult } from './fees';
import { assertCents, formatCentsDecimal, sumCents } from './money';
import { feePaymentDate, parseYearMonth, type YearMonth } from './months';
import { payTypeInfo, payTypes, type PayType } from './pay-types';
import { type ExpenseClaim } from './reimbursements';

export interface Payee {
  carerId: string;
  /** The payee's key in the payroll system (employee or payee number). */
  payrollRef: string;
  /** Display name, "Surname Firstname", for the person checking the file. */
  name: string;
}

export interface PayrollRunInput {
  /** The earning month the run pays for (fees of March are paid in April). */
  month: YearMonth;
  serviceAreaCode: string;
  /** Defaults to the 14th of the next month, or the working day before it. */
  paymentDate?: string;
  results: readonly MonthlyFeeResult[];
  claims?: readonly ExpenseClaim[];
  /** Corrections to locked months paid in this run (paidInMonth = month). */
  adjustments?: readonly Adjustment[];
  payees: readonly Payee[];
  /** The county's payroll wage type (palkkalaji) per pay type; our own code when absent. */
  wageTypes?: Partial<Record<PayType, string>>;
}

export interface PayrollRow {
  record: 'pay' | 'adjustment';
  runMonth: YearMonth;
  serviceAreaCode: string;
  paymentDate: string;
  payeeRef: string;
  payeeName: string;
  payType: PayType;
  wageType: string;
  taxable: boolean;
  /** The month the money was earned for: the run month, or the month an adjustment corrects. */
  earningMonth: YearMonth;
  amountCents: number;
  /** How many fee lines, claims or adjustments were summed into the row. */
  sourceCount: number;
}

export interface PayrollTotals {
  byPayType: {
    payType: PayType;
    wageType: string;
    taxable: boolean;
    rows: number;
    amountCents: number;
  }[];
  rows: number;
  payees: number;
  amountCents: number;
  taxableCents: number;
  nonTaxableCents: number;
  /** Payees whose rows add up to less than zero: payroll must recover, not pay. */
  negativePayeeRefs: string[];
}

export type PayrollProblem =
  | { code: 'unknown-payee'; carerId: string }
  | { code: 'other-service-area'; sourceId: string }
  | { code: 'other-month'; sourceId: string };

export interface PayrollExport {
  runMonth: YearMonth;
  serviceAreaCode: string;
  paymentDate: string;
  rows: PayrollRow[];
  totals: PayrollTotals;
  /** Sources left out of the rows, with why: the run should not be approved until they are fixed. */
  problems: PayrollProblem[];
}

interface Source {
  id: string;
  carerId: string;
  serviceAreaCode: string;
  record: PayrollRow['record'];
  payType: PayType;
  earningMonth: YearMonth;
  amountCents: number;
}

/** Rows and totals of a run. Pure; the caller stores and approves the result. */
export function buildPayrollExport(input: PayrollRunInput): PayrollExport {
  parseYearMonth(input.month);
  const paymentDate = input.paymentDate ?? feePaymentDate(input.month);
  const problems: PayrollProblem[] = [];
  const sources: Source[] = [];
  for (const r of input.results) {
    if (r.month !== input.month) problems.push({ code: 'other-month', sourceId: r.agreementId });
    else
      for (const line of r.lines)
        sources.push({
          id: r.agreementId,
          carerId: r.carerId,
          serviceAreaCode: r.serviceAreaCode,
          record: 'pay',
          payType: line.payType,
          earningMonth: r.month,
          amountCents: line.amountCents,
        });
  }
  for (const c of input.claims ?? [])
    sources.push({
      id: c.id,
      carerId: c.carerId,
      serviceAreaCode: c.serviceAreaCode,
      record: 'pay',
      payType: c.payType,
      earningMonth: input.month,
      amountCents: c.amountCents,
    });
  for (const a of input.adjustments ?? []) {
    if (a.paidInMonth !== input.month) problems.push({ code: 'other-month', sourceId: a.id });
    else
      sources.push({
        id: a.id,
        carerId: a.carerId,
        serviceAreaCode: a.serviceAreaCode,
        record: 'adjustment',
        payType: a.payType,
        earningMonth: a.correctsMonth,
        amountCents: a.amountCents,
      });
  }

  const payees = new Map(input.payees.map((p) => [p.carerId, p]));
  const rows = new Map<string, PayrollRow>();
  for (const s of sources) {
    assertCents(s.amountCents);
    if (s.serviceAreaCode !== input.serviceAreaCode) {
      problems.push({ code: 'other-service-area', sourceId: s.id });
      continue;
    }
    const payee = payees.get(s.carerId);
    if (!payee) {
      if (!problems.some((p) => p.code === 'unknown-payee' && p.carerId === s.carerId))
        problems.push({ code: 'unknown-payee', carerId: s.carerId });
      continue;
    }
    const key = JSON.stringify([s.carerId, s.payType, s.record, s.earningMonth]);
    const row = rows.get(key) ?? {
      record: s.record,
      runMonth: input.month,
      serviceAreaCode: input.serviceAreaCode,
      paymentDate,
      payeeRef: payee.payrollRef,
      payeeName: payee.name,
      payType: s.payType,
      wageType: input.wageTypes?.[s.payType] ?? s.payType,
      taxable: payTypeInfo[s.payType].taxable,
      earningMonth: s.earningMonth,
      amountCents: 0,
      sourceCount: 0,
    };
    row.amountCents = sumCents([row.amountCents, s.amountCents]);
    row.sourceCount++;
    rows.set(key, row);
  }
  // A row that nets to nothing pays nothing; it would only be noise in payroll.
  const sorted = [...rows.values()].filter((r) => r.amountCents !== 0).sort(compareRows);
  return {
    runMonth: input.month,
    serviceAreaCode: input.serviceAreaCode,
    paymentDate,
    rows: sorted,
    totals: totalsOf(sorted, input.wageTypes),
    problems,
  };
}

// Created on first use, so importing the library does no work.
let finnishCollator: Intl.Collator | undefined;

function compareRows(a: PayrollRow, b: PayrollRow): number {
  finnishCollator ??= new Intl.Collator('fi');
  return (
    finnishCollator.compare(a.payeeName, b.payeeName) ||
    a.payeeRef.localeCompare(b.payeeRef) ||
    payTypes.indexOf(a.payType) - payTypes.indexOf(b.payType) ||
    (a.record === b.record ? 0 : a.record === 'pay' ? -1 : 1) ||
    a.earningMonth.localeCompare(b.earningMonth)
  );
}

function totalsOf(
  rows: readonly PayrollRow[],
  wageTypes: PayrollRunInput['wageTypes'],
): PayrollTotals {
  const byPayee = new Map<string, number>();
  for (const r of rows) byPayee.set(r.payeeRef, (byPayee.get(r.payeeRef) ?? 0) + r.amountCents);
  const byPayType = payTypes
    .map((payType) => {
      const of = rows.filter((r) => r.payType === payType);
      return {
        payType,
        wageType: wageTypes?.[payType] ?? payType,
        taxable: payTypeInfo[payType].taxable,
        rows: of.length,
        amountCents: sumCents(of.map((r) => r.amountCents)),
      };
    })
    .filter((t) => t.rows > 0);
  return {
    byPayType,
    rows: rows.length,
    payees: byPayee.size,
    amountCents: sumCents(rows.map((r) => r.amountCents)),
    taxableCents: sumCents(rows.filter((r) => r.taxable).map((r) => r.amountCents)),
    nonTaxableCents: sumCents(rows.filter((r) => !r.taxable).map((r) => r.amountCents)),
    negativePayeeRefs: [...byPayee].filter(([, cents]) => cents < 0).map(([ref]) => ref),
  };
}

/** The CSV columns, in order. Documented in README.md. */
export const payrollCsvColumns = [
  'record',
  'run_month',
  'service_area',
  'payment_date',
  'payee_ref',
  'payee_name',
  'pay_type',
  'wage_type',
  'taxable',
  'earning_month',
  'amount',
  'source_count',
] as const;

export interface PayrollCsvOptions {
  /** UTF-8 byte order mark, so Excel reads ä and ö right. Default true. */
  bom?: boolean;
  /** Total rows after the data rows (record = total). Default true. */
  totals?: boolean;
}

/**
 * A text cell: quoted when it holds the separator, a quote, a line break or edge spaces, and
 * prefixed with an apostrophe when it starts like a spreadsheet formula (= + - @ tab CR), so a
 * name cannot run as a formula when someone opens the file in Excel.
 */
export function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The export as CSV text: semicolons, decimal comma, CRLF line ends, UTF-8. */
export function payrollCsv(exported: PayrollExport, options: PayrollCsvOptions = {}): string {
  const lines: string[] = [payrollCsvColumns.join(';')];
  const cells = (
    record: string,
    payeeRef: string,
    payeeName: string,
    payType: string,
    wageType: string,
    taxable: boolean | null,
    earningMonth: string,
    amountCents: number,
    count: number,
  ) =>
    [
      record,
      exported.runMonth,
      csvText(exported.serviceAreaCode),
      exported.paymentDate,
      csvText(payeeRef),
      csvText(payeeName),
      payType,
      csvText(wageType),
      taxable === null ? '' : taxable ? '1' : '0',
      earningMonth,
      formatCentsDecimal(amountCents),
      String(count),
    ].join(';');
  for (const r of exported.rows)
    lines.push(
      cells(
        r.record,
        r.payeeRef,
        r.payeeName,
        r.payType,
        r.wageType,
        r.taxable,
        r.earningMonth,
        r.amountCents,
        r.sourceCount,
      ),
    );
  if (options.totals ?? true) {
    for (const t of exported.totals.byPayType)
      lines.push(
        cells('total', '', '', t.payType, t.wageType, t.taxable, '', t.amountCents, t.rows),
      );
    lines.push(
      cells('total', '', '', '', '', null, '', exported.totals.amountCents, exported.totals.rows),
    );
  }
  return `${(options.bom ?? true) ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
