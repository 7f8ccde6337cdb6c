/**
 * The content of a carer's monthly statement, in the carer's language: what was paid for which
 * days, at which monthly rate, and which earlier months were corrected and why. The page and the
 * PDF render this; they format the dates and amounts for the language themselves.
 */
import { type Adjustment } from './adjustments';
import { type MonthlyFeeResult } from './fees';
import { sumCents } from './money';
import { feePaymentDate, type DateRange, type YearMonth } from './months';
import { adjustmentLabel, payTypeInfo, type LocalizedText, type PayType } from './pay-types';
import { type ExpenseClaim } from './reimbursements';

export type StatementLanguage = keyof LocalizedText;

export const heavyTransitionalLabel: LocalizedText = {
  fi: 'hoidollisesti raskas siirtymävaihe',
  sv: 'vårdmässigt tungt övergångsskede',
  en: 'heavy transitional phase of care',
};

export interface StatementLine {
  kind: 'fee' | 'claim' | 'adjustment';
  payType: PayType;
  /** The pay type in the carer's language; a correction or heavy phase says so. */
  label: string;
  agreementId: string | null;
  /** Paid days as ranges (fees), the day of the cost (claims); empty for corrections. */
  periods: DateRange[];
  days: number | null;
  daysInMonth: number | null;
  /** The full-month rate the days were paid at (fees only). */
  monthlyCents: number | null;
  amountCents: number;
  taxable: boolean;
  /** The earlier month a correction is for. */
  correctsMonth: YearMonth | null;
  /** The claim's description or the correction's reason, as the coordinator wrote it. */
  note: string | null;
}

export interface CarerStatement {
  carerId: string;
  month: YearMonth;
  paymentDate: string;
  language: StatementLanguage;
  lines: StatementLine[];
  totalCents: number;
  taxableCents: number;
  nonTaxableCents: number;
}

export interface CarerStatementInput {
  carerId: string;
  month: YearMonth;
  language: StatementLanguage;
  results: readonly MonthlyFeeResult[];
  claims?: readonly ExpenseClaim[];
  adjustments?: readonly Adjustment[];
  paymentDate?: string;
}

/** The statement of one carer for one month, from the same inputs as the payroll export. */
export function carerStatement(input: CarerStatementInput): CarerStatement {
  const { carerId, month, language } = input;
  const lines: StatementLine[] = [];
  for (const r of input.results) {
    if (r.carerId !== carerId || r.month !== month) continue;
    for (const l of r.lines) {
      const base = payTypeInfo[l.payType].label[language];
      lines.push({
        kind: 'fee',
        payType: l.payType,
        label: l.heavyTransitional ? `${base} (${heavyTransitionalLabel[language]})` : base,
        agreementId: r.agreementId,
        periods: l.periods,
        days: l.days,
        daysInMonth: l.daysInMonth,
        monthlyCents: l.monthlyCents,
        amountCents: l.amountCents,
        taxable: payTypeInfo[l.payType].taxable,
        correctsMonth: null,
        note: null,
      });
    }
  }
  for (const c of input.claims ?? []) {
    if (c.carerId !== carerId) continue;
    lines.push({
      kind: 'claim',
      payType: c.payType,
      label: payTypeInfo[c.payType].label[language],
      agreementId: c.agreementId,
      periods: [{ from: c.date, to: c.date }],
      days: null,
      daysInMonth: null,
      monthlyCents: null,
      amountCents: c.amountCents,
      taxable: payTypeInfo[c.payType].taxable,
      correctsMonth: null,
      note: c.description,
    });
  }
  for (const a of input.adjustments ?? []) {
    if (a.carerId !== carerId || a.paidInMonth !== month) continue;
    lines.push({
      kind: 'adjustment',
      payType: a.payType,
      label: `${adjustmentLabel[language]}: ${payTypeInfo[a.payType].label[language]}`,
      agreementId: a.agreementId,
      periods: [],
      days: null,
      daysInMonth: null,
      monthlyCents: null,
      amountCents: a.amountCents,
      taxable: payTypeInfo[a.payType].taxable,
      correctsMonth: a.correctsMonth,
      note: a.reason,
    });
  }
  return {
    carerId,
    month,
    paymentDate: input.paymentDate ?? feePaymentDate(month),
    language,
    lines,
    totalCents: sumCents(lines.map((l) => l.amountCents)),
    taxableCents: sumCents(lines.filter((l) => l.taxable).map((l) => l.amountCents)),
    nonTaxableCents: sumCents(lines.filter((l) => !l.taxable).map((l) => l.amountCents)),
  };
}
