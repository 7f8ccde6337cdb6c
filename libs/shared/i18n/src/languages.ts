/** The portal's languages. Finnish is the source language of every text. */
export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'fi';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Each language's own name, for a language switcher (shown in that language, with lang set). */
export const languageNames: Readonly<Record<Language, string>> = {
  fi: 'suomi',
  sv: 'svenska',
  en: 'English',
};
