import { isLanguage, type Language } from '@luotsi/shell-contract';

/** The staff area's URLs carry no language; a professional's choice is remembered on the device. */
export const staffLanguageKey = 'luotsi.staff.language';

export function initialStaffLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(staffLanguageKey);
  return stored && isLanguage(stored) ? stored : 'fi';
}
