/**
 * The monthly fee of one agreement: which rate applies, never below the year's statutory minimum,
 * pro rata for the days the agreement is valid and not interrupted beyond its grace period.
 */
import {
  monthlyFeeAgreementTypes,
  payableStatuses,
  type CareAgreementStatus,
  type CareAgreementType,
} from './agreements';
import { defaultFeeTables, feeClassAmount, type Figure, type FeeTables } from './fee-tables';
import {
  interruptionDays,
  statutoryInterruptionPolicy,
  type Interruption,
  type InterruptionPolicy,
} from './interruptions';
import { assertCents, proRata } from './money';
import {
  datesOf,
  daysInYearMonth,
  intersect,
  monthRange,
  parseYearMonth,
  toRanges,
  type DateRange,
  type YearMonth,
} from './months';
import { type LocalizedText, type PayType } from './pay-types';

/** What the fee calculation needs of an agreement (a subset of the CareAgreement row). */
export interface FeeAgreement {
  id: string;
  type: CareAgreementType;
  status: CareAgreementStatus;
  carerId: string;
  serviceAreaCode: string;
  validFrom: string;
  /** Last valid day; null while open-ended. */
  validTo: string | null;
  /** Informal care fee class (hoitoisuusluokka) in the county's schedule. */
  feeClass: string | null;
  /** The agreed monthly fee, used when no fee class of the year applies (and for family care). */
  monthlyFeeCents: number | null;
  /** Periods of a heavy transitional phase (hoidollisesti raskas siirtymävaihe), informal care. */
  heavyTransitionalPhases?: readonly DateRange[];
  /**
   * The law lets a fee be agreed below the minimum for a special reason; the reason is recorded
   * here and the minimum is then not enforced. Without it, a lower fee is raised to the minimum.
   */
  belowMinimumReason?: string | null;
  /** Family care: agreed expense reimbursement (kulukorvaus) per month. */
  monthlyExpenseCents?: number | null;
  /** Grace periods for interruptions; the statutory default when absent. */
  interruptionPolicy?: InterruptionPolicy;
}

export const feeWarningCodes = [
  'not-fee-based',
  'not-payable-status',
  'fee-class-missing',
  'no-fee-rate',
  'minimum-unknown',
  'minimum-unverified',
  'raised-to-minimum',
  'below-minimum-by-agreement',
  'expense-minimum-unknown',
  'expense-raised-to-minimum',
] as const;
export type FeeWarningCode = (typeof feeWarningCodes)[number];

export interface FeeWarning {
  code: FeeWarningCode;
  /** The calendar year whose table was consulted, where that matters. */
  year?: number;
}

/** Coordinator-facing explanations of the warnings, in every portal language. */
export const feeWarningLabels: Readonly<Record<FeeWarningCode, LocalizedText>> = {
  'not-fee-based': {
    fi: 'Sopimukseen ei kuulu kuukausipalkkiota.',
    sv: 'Avtalet omfattar inget månadsarvode.',
    en: 'The agreement has no monthly fee.',
  },
  'not-payable-status': {
    fi: 'Sopimusta ei ole allekirjoitettu, joten palkkiota ei makseta.',
    sv: 'Avtalet är inte undertecknat, så inget arvode betalas.',
    en: 'The agreement is not signed, so no fee is paid.',
  },
  'fee-class-missing': {
    fi: 'Hoitoisuusluokkaa ei löydy vuoden taulukosta; käytetään sovittua palkkiota.',
    sv: 'Vårdtyngdsklassen saknas i årets tabell; det avtalade arvodet används.',
    en: 'The fee class is missing from the year’s table; the agreed fee is used.',
  },
  'no-fee-rate': {
    fi: 'Palkkion määrää ei voitu päätellä: tarkista sopimus.',
    sv: 'Arvodets belopp kunde inte fastställas: kontrollera avtalet.',
    en: 'The fee amount could not be determined: check the agreement.',
  },
  'minimum-unknown': {
    fi: 'Vuoden lakisääteistä vähimmäispalkkiota ei ole taulukossa, joten sitä ei tarkistettu.',
    sv: 'Årets lagstadgade minimiarvode saknas i tabellen, så det kontrollerades inte.',
    en: 'The year’s statutory minimum fee is not in the table, so it was not checked.',
  },
  'minimum-unverified': {
    fi: 'Vuoden vähimmäispalkkio on arvio, jota ei ole vahvistettu.',
    sv: 'Årets minimiarvode är en uppskattning som inte har bekräftats.',
    en: 'The year’s minimum fee is an unconfirmed estimate.',
  },
  'raised-to-minimum': {
    fi: 'Sovittu palkkio oli alle lakisääteisen vähimmäismäärän ja korotettiin siihen.',
    sv: 'Det avtalade arvodet låg under lagens minimibelopp och höjdes till det.',
    en: 'The agreed fee was below the statutory minimum and was raised to it.',
  },
  'below-minimum-by-agreement': {
    fi: 'Palkkio on sovittu erityisestä syystä vähimmäismäärää pienemmäksi.',
    sv: 'Arvodet har av särskilt skäl avtalats lägre än minimibeloppet.',
    en: 'The fee was agreed below the minimum for a special reason.',
  },
  'expense-minimum-unknown': {
    fi: 'Vuoden kulukorvauksen vähimmäismäärää ei ole taulukossa, joten sitä ei tarkistettu.',
    sv: 'Årets minimibelopp för kostnadsersättning saknas i tabellen, så det kontrollerades inte.',
    en: 'The year’s minimum expense reimbursement is not in the table, so it was not checked.',
  },
  'expense-raised-to-minimum': {
    fi: 'Sovittu kulukorvaus oli alle vähimmäismäärän ja korotettiin siihen.',
    sv: 'Den avtalade kostnadsersättningen låg under minimibeloppet och höjdes till det.',
    en: 'The agreed expense reimbursement was below the minimum and was raised to it.',
  },
};

/** One pay type at one monthly rate, for the days it applied in the month. */
export interface FeeLine {
  payType: PayType;
  /** The full-month rate in cents. */
  monthlyCents: number;
  days: number;
  daysInMonth: number;
  /** The paid days as ranges, for the carer's statement. */
  periods: DateRange[];
  amountCents: number;
  heavyTransitional: boolean;
}

export interface MonthlyFeeResult {
  agreementId: string;
  carerId: string;
  serviceAreaCode: string;
  type: CareAgreementType;
  month: YearMonth;
  daysInMonth: number;
  /** Days of the month within the agreement's validity. */
  validDays: number;
  /** Valid days when care was interrupted (paid or not). */
  interruptedDays: number;
  /** Valid days paid. */
  paidDays: number;
  lines: FeeLine[];
  warnings: FeeWarning[];
}

export interface FeeContext {
  tables?: FeeTables;
  /** Interruptions of this agreement (others are ignored). */
  interruptions?: readonly Interruption[];
}

interface Rate {
  cents: number;
  heavy: boolean;
  /** Why the rate is what it is; reported only when a day is paid at it. */
  warnings: FeeWarningCode[];
}

/** The rate of an ordinary day and of a day in a heavy transitional phase. */
interface Rates {
  normal: Rate;
  heavy: Rate;
}

/** The month's fee of one agreement. Pure: same input, same cents. */
export function calculateMonthlyFee(
  agreement: FeeAgreement,
  month: YearMonth,
  context: FeeContext = {},
): MonthlyFeeResult {
  const tables = context.tables ?? defaultFeeTables;
  const { year } = parseYearMonth(month);
  const range = monthRange(month);
  const daysInMonth = daysInYearMonth(month);
  const valid = intersect(range, { from: agreement.validFrom, to: agreement.validTo });
  const validDates = valid ? datesOf(valid) : [];
  const result: MonthlyFeeResult = {
    agreementId: agreement.id,
    carerId: agreement.carerId,
    serviceAreaCode: agreement.serviceAreaCode,
    type: agreement.type,
    month,
    daysInMonth,
    validDays: validDates.length,
    interruptedDays: 0,
    paidDays: 0,
    lines: [],
    warnings: [],
  };
  if (!monthlyFeeAgreementTypes.includes(agreement.type))
    return { ...result, warnings: [{ code: 'not-fee-based' }] };
  if (!payableStatuses.includes(agreement.status))
    return { ...result, warnings: [{ code: 'not-payable-status' }] };
  if (validDates.length === 0) return result;

  const own = (context.interruptions ?? []).filter((i) => i.agreementId === agreement.id);
  const { interrupted, unpaid } = interruptionDays(
    own,
    agreement.interruptionPolicy ?? statutoryInterruptionPolicy,
    valid!,
  );
  const paidDates = validDates.filter((d) => !unpaid.has(d));
  result.interruptedDays = interrupted.size;
  result.paidDays = paidDates.length;

  const warnings: FeeWarning[] = [];
  const warn = (...codes: FeeWarningCode[]) => {
    for (const code of codes)
      if (!warnings.some((w) => w.code === code)) warnings.push({ code, year });
  };
  const rates =
    agreement.type === 'informal-care'
      ? informalCareRates(agreement, year, tables, warn)
      : familyCareRates(agreement, warn, tables.familyCareMinimums[year]);
  if (rates) {
    const feeType: PayType =
      agreement.type === 'informal-care' ? 'informal-care-fee' : 'family-care-fee';
    const heavyDates = new Set(
      (agreement.heavyTransitionalPhases ?? []).flatMap((p) => {
        const overlap = intersect(range, p);
        return overlap ? datesOf(overlap) : [];
      }),
    );
    // One line per rate, rounded once: a whole month at one rate is exactly the rate.
    const byRate = new Map<string, { rate: Rate; dates: string[] }>();
    for (const date of paidDates) {
      const rate = heavyDates.has(date) ? rates.heavy : rates.normal;
      const key = `${rate.cents}:${rate.heavy}`;
      const group = byRate.get(key) ?? { rate, dates: [] };
      group.dates.push(date);
      byRate.set(key, group);
    }
    for (const { rate, dates } of byRate.values()) {
      warn(...rate.warnings);
      result.lines.push(line(feeType, rate, dates, daysInMonth));
    }
  }
  if (agreement.type === 'family-care' && agreement.monthlyExpenseCents != null) {
    const expense = atLeast(
      assertCents(agreement.monthlyExpenseCents, 'monthlyExpenseCents'),
      tables.familyCareExpenseMinimums[year],
      agreement,
      expenseCodes,
    );
    if (paidDates.length > 0) {
      warn(...expense.warnings);
      result.lines.push(line('family-care-expense', expense, paidDates, daysInMonth));
    }
  }
  result.warnings = warnings;
  return result;
}

function line(
  payType: PayType,
  rate: Rate,
  dates: readonly string[],
  daysInMonth: number,
): FeeLine {
  return {
    payType,
    monthlyCents: rate.cents,
    days: dates.length,
    daysInMonth,
    periods: toRanges([...dates].sort()),
    amountCents: proRata(rate.cents, dates.length, daysInMonth),
    heavyTransitional: rate.heavy,
  };
}

type Warn = (...codes: FeeWarningCode[]) => void;

/** `agreed` raised to `minimum` unless the agreement records a special reason for less. */
function atLeast(
  agreed: number,
  minimum: Figure | undefined,
  agreement: FeeAgreement,
  codes: { unknown: FeeWarningCode; raised: FeeWarningCode },
  heavy = false,
): Rate {
  if (!minimum) return { cents: agreed, heavy, warnings: [codes.unknown] };
  const warnings: FeeWarningCode[] =
    minimum.status === 'unverified-estimate' ? ['minimum-unverified'] : [];
  if (agreed >= minimum.cents) return { cents: agreed, heavy, warnings };
  if (agreement.belowMinimumReason?.trim())
    return { cents: agreed, heavy, warnings: [...warnings, 'below-minimum-by-agreement'] };
  return { cents: minimum.cents, heavy, warnings: [...warnings, codes.raised] };
}

const feeCodes = { unknown: 'minimum-unknown', raised: 'raised-to-minimum' } as const;
const expenseCodes = {
  unknown: 'expense-minimum-unknown',
  raised: 'expense-raised-to-minimum',
} as const;

/**
 * Informal care: the fee class of the year when there is one, else the agreed amount; never below
 * the minimum, and during a heavy transitional phase never below the heavy minimum (≥ 2 × minimum).
 */
function informalCareRates(
  agreement: FeeAgreement,
  year: number,
  tables: FeeTables,
  warn: Warn,
): Rates | null {
  let base: number | null = null;
  let classIsHeavy = false;
  if (agreement.feeClass) {
    const fromClass = feeClassAmount(tables, year, agreement.feeClass);
    if (fromClass) {
      base = fromClass.cents;
      classIsHeavy = fromClass.heavyTransitional;
    } else warn('fee-class-missing');
  }
  if (base === null && agreement.monthlyFeeCents != null)
    base = assertCents(agreement.monthlyFeeCents, 'monthlyFeeCents');
  if (base === null) {
    warn('no-fee-rate');
    return null;
  }
  const statutory = tables.informalCareMinimums[year];
  const heavy = atLeast(base, statutory?.heavyTransitional, agreement, feeCodes, true);
  // A heavy class pays every day at the heavy rate; otherwise only the recorded phases do.
  return {
    normal: classIsHeavy ? heavy : atLeast(base, statutory?.minimum, agreement, feeCodes),
    heavy,
  };
}

/** Family care: the agreed fee per cared person, never below the minimum; the law has no heavy phase. */
function familyCareRates(
  agreement: FeeAgreement,
  warn: Warn,
  minimum: Figure | undefined,
): Rates | null {
  if (agreement.monthlyFeeCents == null) {
    warn('no-fee-rate');
    return null;
  }
  const rate = atLeast(
    assertCents(agreement.monthlyFeeCents, 'monthlyFeeCents'),
    minimum,
    agreement,
    feeCodes,
  );
  return { normal: rate, heavy: rate };
}
