/**
 * A guardian may act for a child in e-services until the child turns 15 (the age limit Omaolo and
 * other national services use for acting on a minor's behalf). Dates are calendar dates
 * (YYYY-MM-DD) in Europe/Helsinki.
 */
export const guardianActsUntilAge = 15;

export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

export function guardianMayActFor(childBirthDate: string, onDate: string): boolean {
  const age = ageOn(childBirthDate, onDate);
  return age >= 0 && age < guardianActsUntilAge;
}
