/**
 * Money is integer euro cents everywhere in this library: a float euro (0.1 + 0.2) drifts, a cent
 * count does not. The only division is pro rata, and it rounds once, by `divideRounded`.
 */

/** Throws unless `value` is a whole number of cents that a JavaScript number holds exactly. */
export function assertCents(value: number, what = 'amount'): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be whole cents: ${value}`);
  return value;
}

/**
 * numerator / denominator rounded to the nearest cent, halves away from zero (0.5 → 1,
 * −0.5 → −1), the way a person rounds euros on paper. Integer arithmetic only.
 */
export function divideRounded(numerator: number, denominator: number): number {
  assertCents(numerator, 'numerator');
  if (!Number.isSafeInteger(denominator) || denominator <= 0)
    throw new RangeError(`Denominator must be a positive whole number: ${denominator}`);
  const sign = numerator < 0 ? -1 : 1;
  const magnitude = Math.abs(numerator);
  const quotient = Math.floor(magnitude / denominator);
  const remainder = magnitude - quotient * denominator;
  return sign * (remainder * 2 >= denominator ? quotient + 1 : quotient);
}

/** monthly × days / daysInPeriod, rounded once (see divideRounded). */
export function proRata(monthlyCents: number, days: number, daysInPeriod: number): number {
  assertCents(monthlyCents, 'monthly amount');
  if (!Number.isInteger(days) || days < 0 || days > daysInPeriod)
    throw new RangeError(`Days must be 0–${daysInPeriod}: ${days}`);
  if (days === daysInPeriod) return monthlyCents;
  return divideRounded(monthlyCents * days, daysInPeriod);
}

/**
 * Cents as a plain decimal for files: 123456 → "1234,56", −5 → "-0,05". No thousands separator
 * and no currency sign, so payroll importers read it as a number.
 */
export function formatCentsDecimal(cents: number, decimalSeparator: ',' | '.' = ','): string {
  assertCents(cents);
  const sign = cents < 0 ? '-' : '';
  const magnitude = Math.abs(cents);
  const euros = Math.floor(magnitude / 100);
  const rest = String(magnitude % 100).padStart(2, '0');
  return `${sign}${euros}${decimalSeparator}${rest}`;
}

/** Sum of cent amounts, checked to stay exact. */
export function sumCents(amounts: readonly number[]): number {
  let total = 0;
  for (const a of amounts) total = assertCents(total + assertCents(a), 'total');
  return total;
}
