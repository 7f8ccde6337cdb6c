/**
 * Care fee figures, in cents per month, kept as data per year (they are indexed every January).
 * Logic never holds these as literals: it looks them up here, and a new year is a new row.
 */

/**
 * Statutory minimum care fee of informal care support (Omaishoitolaki 937/2005, 5 §) and, where
 * published, the minimum for a heavy transitional phase (at least twice the minimum). 2025 is
 * left out until verified (about +2.2 % on 2024). 2026 follows the law change to 530.00 €.
 */
export const informalCareMinimumFees: Readonly<Record<number, { minimum: number; heavyTransitional?: number }>> = {
  2020: { minimum: 40_809 },
  2021: { minimum: 41_345 },
  2022: { minimum: 42_361 },
  2023: { minimum: 43_970 },
  2024: { minimum: 46_199, heavyTransitional: 92_399 },
  2026: { minimum: 53_000 },
};

/** Statutory minimum care fee of family care per cared person (Perhehoitolaki 263/2015, 16 §). */
export const familyCareMinimumFees: Readonly<Record<number, number>> = {
  2024: 92_402,
  2026: 96_635,
};

/**
 * The demo county's informal care fee classes (hoitoisuusluokat) for 2026. Counties decide their
 * classes above the minimum: class 1 is the statutory minimum, class 3 the heavy transitional
 * phase at twice the minimum; class 2 is the demo county's own decision.
 */
export const demoInformalCareFeeClasses2026: Readonly<Record<'1' | '2' | '3', number>> = {
  '1': informalCareMinimumFees[2026]!.minimum,
  '2': 80_000,
  '3': 2 * informalCareMinimumFees[2026]!.minimum,
};
