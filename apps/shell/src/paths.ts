import { isLanguage, languages, type Language } from '@luotsi/shell-contract';

/** Resident URLs carry the language as their first segment: /fi/…, /sv/…, /en/…. */
export function languageOfPath(pathname: string): Language | null {
  const first = pathname.split('/')[1] ?? '';
  return isLanguage(first) ? first : null;
}

/** The same page in another language: the language switcher keeps the reader where they are. */
export function switchLanguageInPath(pathname: string, search: string, language: Language): string {
  const parts = pathname.split('/');
  if (isLanguage(parts[1] ?? '')) parts[1] = language;
  else return `/${language}`;
  return parts.join('/') + search;
}

export function alternateLanguagePaths(pathname: string): { language: Language; href: string }[] {
  if (!languageOfPath(pathname)) return [];
  return languages.map((language) => ({ language, href: switchLanguageInPath(pathname, '', language) }));
}

/** Joins path segments, dropping empty ones: join('/fi', 'family-center', '') = '/fi/family-center'. */
export function joinPath(...parts: string[]): string {
  const joined = parts.flatMap((p) => p.split('/')).filter(Boolean).join('/');
  return `/${joined}`;
}
