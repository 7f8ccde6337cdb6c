import type { Language } from '@luotsi/shell-contract';

const locales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** '2026-11' → "marraskuu 2026", "november 2026", "November 2026". */
export function monthName(month: string, language: Language): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, 1)).toLocaleDateString(locales[language], { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
