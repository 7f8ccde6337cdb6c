/**
 * Finnish personal identity code (henkilötunnus / personbeteckning): DDMMYYCZZZQ where C is the
 * century sign, ZZZ the individual number and Q the check character (remainder of DDMMYYZZZ
 * modulo 31). Individual numbers 900–999 are reserved for test and temporary use: all demo
 * persons use them.
 */
const checkCharacters = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const centuries: Record<string, number> = {
  '+': 1800,
  '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};

export interface ParsedIdentityCode {
  birthDate: string; // ISO date
  isTestCode: boolean;
}

export function parsePersonalIdentityCode(code: string): ParsedIdentityCode | null {
  const match = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(code.trim().toUpperCase());
  if (!match) return null;
  const [, dd, mm, yy, sign, individual, check] = match as unknown as [string, string, string, string, string, string, string];
  const century = centuries[sign];
  if (century === undefined) return null;
  const expected = checkCharacters[Number(`${dd}${mm}${yy}${individual}`) % 31];
  if (expected !== check) return null;
  const year = century + Number(yy);
  const date = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (date.getUTCMonth() !== Number(mm) - 1 || date.getUTCDate() !== Number(dd)) return null;
  if (Number(individual) < 2) return null;
  return { birthDate: date.toISOString().slice(0, 10), isTestCode: Number(individual) >= 900 };
}

export function isValidPersonalIdentityCode(code: string): boolean {
  return parsePersonalIdentityCode(code) !== null;
}

/** Builds a valid code; used by demo data and tests (individual numbers ≥ 900 are test codes). */
export function makePersonalIdentityCode(birthDate: string, individual: number): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const sign = year >= 2000 ? 'A' : year >= 1900 ? '-' : '+';
  const yy = String(year % 100).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  const zzz = String(individual).padStart(3, '0');
  const check = checkCharacters[Number(`${dd}${mm}${yy}${zzz}`) % 31];
  return `${dd}${mm}${yy}${sign}${zzz}${check}`;
}
