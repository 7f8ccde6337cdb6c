/**
 * Fee figures as data, one row per year: the statutory minimums are indexed every January, so a
 * new year is a new row here and never a change of logic. Every figure says how sure we are of it.
 */
import { assertCents } from './money';

/**
 * - official: given in the product's domain rules (docs/domain-rules.md), from the ministry's
 *   announcement;
 * - secondary: read from a public third-party page (a county or an association quoting the
 *   ministry); confirm before relying on it in payroll;
 * - derived: computed by a rule of law from an official figure (the heavy phase's "at least
 *   twice the minimum");
 * - unverified-estimate: our own estimate, not a published figure. A fee run that uses one says so.
 */
export type FigureStatus = 'official' | 'secondary' | 'derived' | 'unverified-estimate';

export interface Figure {
  cents: number;
  status: FigureStatus;
  /** Where the figure comes from, for the person who confirms it. */
  source: string;
}

export interface InformalCareMinimum {
  /** Minimum care fee per month (Omaishoitolaki 937/2005, 5 § 1 mom). */
  minimum: Figure;
  /** Minimum during a heavy transitional phase: at least twice the minimum (5 § 2 mom). */
  heavyTransitional: Figure;
}

const domainRules = 'docs/domain-rules.md (Informal care support)';
const familyRules = 'docs/domain-rules.md (Family care)';

function figure(cents: number, status: FigureStatus, source: string): Figure {
  return { cents: assertCents(cents), status, source };
}

function twice(minimum: Figure): Figure {
  return figure(
    2 * minimum.cents,
    minimum.status === 'unverified-estimate' ? 'unverified-estimate' : 'derived',
    `2 × minimum (Omaishoitolaki 5 § 2 mom); ${minimum.source}`,
  );
}

function informal(minimum: Figure, heavy?: Figure): InformalCareMinimum {
  return { minimum, heavyTransitional: heavy ?? twice(minimum) };
}

/**
 * Informal care support minimum fees by calendar year, in cents.
 * 2025 is an estimate (2024 × 1.022, rounded to the cent): confirm the published figure before
 * paying 2025 fees from it. 2026 is 530.00 € after the law change, not an indexation.
 */
export const informalCareMinimumFees: Readonly<Record<number, InformalCareMinimum>> = {
  2020: informal(
    figure(40_809, 'official', domainRules),
    figure(81_618, 'secondary', 'omaishoitajat.fi: 2020 heavy phase at least 816.18 €'),
  ),
  2021: informal(
    figure(41_345, 'official', domainRules),
    figure(
      82_690,
      'secondary',
      'STM announcement quoted by pioniry.fi: 2021 heavy phase at least 826.90 €',
    ),
  ),
  2022: informal(figure(42_361, 'official', domainRules)),
  2023: informal(figure(43_970, 'official', domainRules)),
  2024: informal(figure(46_199, 'official', domainRules), figure(92_399, 'official', domainRules)),
  2025: informal(
    figure(
      47_215,
      'unverified-estimate',
      'Estimate: 2024 minimum 461.99 € + about 2.2 % (domain-rules.md); not a published figure',
    ),
  ),
  2026: informal(figure(53_000, 'official', `${domainRules}, after the law change`)),
};

/**
 * Family care minimum fee per cared person and month (Perhehoitolaki 263/2015, 16 §). 2022, 2023
 * and 2025 are not known to us: a fee run for those years cannot check the minimum and says so.
 */
export const familyCareMinimumFees: Readonly<Record<number, Figure>> = {
  2021: figure(82_690, 'secondary', 'Eksote board minutes quoting STM: 826.90 € from 1.1.2021'),
  2024: figure(92_402, 'official', familyRules),
  2026: figure(96_635, 'official', familyRules),
};

/**
 * Family care minimum expense reimbursement (kulukorvaus, Perhehoitolaki 17 §) per cared person
 * and month, indexed each year by the cost-of-living index (19 §). Only older figures are known
 * to us; a county pays its own decided amount, which the fee run checks against these when known.
 */
export const familyCareExpenseMinimums: Readonly<Record<number, Figure>> = {
  2017: figure(41_152, 'secondary', 'STM municipal info 23.11.2016: 411.52 € from 1.1.2017'),
  2022: figure(43_744, 'secondary', 'Perhehoitoliitto 2022: minimum kulukorvaus 437.44 €'),
};

/** How a county's fee class (hoitoisuusluokka) sets its monthly fee. */
export type FeeClassRate =
  /** Follows the statutory minimum of the year, so indexing needs no new row. */
  | { kind: 'statutory-minimum' }
  /** Follows the statutory heavy transitional phase minimum of the year. */
  | { kind: 'statutory-heavy-minimum' }
  /** The county's own decided amount for the year; a heavy class says so for its minimum check. */
  | { kind: 'amount'; cents: number; heavyTransitional?: boolean };

/** A county's fee classes by year: schedule[year][classCode]. */
export type FeeClassSchedule = Readonly<Record<number, Readonly<Record<string, FeeClassRate>>>>;

/**
 * The demo county's informal care fee classes (seed data, not a real county's decision): class 1
 * is the statutory minimum, class 3 the heavy transitional phase minimum, class 2 the county's
 * own amount.
 */
export const demoInformalCareFeeClasses: FeeClassSchedule = {
  2025: {
    '1': { kind: 'statutory-minimum' },
    '2': { kind: 'amount', cents: 78_000 },
    '3': { kind: 'statutory-heavy-minimum' },
  },
  2026: {
    '1': { kind: 'statutory-minimum' },
    '2': { kind: 'amount', cents: 80_000 },
    '3': { kind: 'statutory-heavy-minimum' },
  },
};

/** Everything a fee run looks up by year. Tests and counties pass their own; the default is above. */
export interface FeeTables {
  informalCareMinimums: Readonly<Record<number, InformalCareMinimum>>;
  familyCareMinimums: Readonly<Record<number, Figure>>;
  familyCareExpenseMinimums: Readonly<Record<number, Figure>>;
  /** The fee classes of the county whose agreements are being paid. */
  informalCareFeeClasses: FeeClassSchedule;
}

export const defaultFeeTables: FeeTables = {
  informalCareMinimums: informalCareMinimumFees,
  familyCareMinimums: familyCareMinimumFees,
  familyCareExpenseMinimums: familyCareExpenseMinimums,
  informalCareFeeClasses: demoInformalCareFeeClasses,
};

/** The monthly amount of a fee class in a year, or null when the class or the year is missing. */
export function feeClassAmount(
  tables: FeeTables,
  year: number,
  classCode: string,
): { cents: number; heavyTransitional: boolean; figure?: Figure } | null {
  const rate = tables.informalCareFeeClasses[year]?.[classCode];
  if (!rate) return null;
  const statutory = tables.informalCareMinimums[year];
  switch (rate.kind) {
    case 'statutory-minimum':
      return statutory
        ? { cents: statutory.minimum.cents, heavyTransitional: false, figure: statutory.minimum }
        : null;
    case 'statutory-heavy-minimum':
      return statutory
        ? {
            cents: statutory.heavyTransitional.cents,
            heavyTransitional: true,
            figure: statutory.heavyTransitional,
          }
        : null;
    case 'amount':
      return { cents: assertCents(rate.cents), heavyTransitional: rate.heavyTransitional === true };
  }
}

const demo2026 = (code: '1' | '2' | '3'): number =>
  feeClassAmount(defaultFeeTables, 2026, code)!.cents;

/**
 * The demo county's 2026 class amounts in cents, in the shape the BFF's seed data uses
 * (class 1 = 530.00 €, class 2 = 800.00 €, class 3 = 1 060.00 €).
 */
export const demoInformalCareFeeClasses2026: Readonly<Record<'1' | '2' | '3', number>> = {
  '1': demo2026('1'),
  '2': demo2026('2'),
  '3': demo2026('3'),
};

/** Figures that a person should confirm before they are paid out, for an admin view or a test. */
export function figuresNeedingConfirmation(
  tables: FeeTables = defaultFeeTables,
): { table: string; year: number; figure: Figure }[] {
  const out: { table: string; year: number; figure: Figure }[] = [];
  const check = (table: string, year: number, f: Figure) => {
    if (f.status === 'secondary' || f.status === 'unverified-estimate')
      out.push({ table, year, figure: f });
  };
  for (const [year, row] of Object.entries(tables.informalCareMinimums)) {
    check('informal-care-minimum', Number(year), row.minimum);
    check('informal-care-heavy-minimum', Number(year), row.heavyTransitional);
  }
  for (const [year, f] of Object.entries(tables.familyCareMinimums))
    check('family-care-minimum', Number(year), f);
  for (const [year, f] of Object.entries(tables.familyCareExpenseMinimums))
    check('family-care-expense-minimum', Number(year), f);
  return out;
}
