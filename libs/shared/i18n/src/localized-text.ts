import { type Language } from './languages';

/** Database content (e.g. a PTV service description) that always exists in Finnish. */
export interface LocalizedValue {
  fi: string;
  sv?: string | null;
  en?: string | null;
}

export interface LocalizedText {
  text: string;
  /** The language the text is actually in: put it in the element's lang attribute. */
  language: Language;
  /** True when the reader's language was missing: the UI shows a LanguageNote. */
  isFallback: boolean;
}

const fallbackOrder: readonly Language[] = ['fi', 'sv', 'en'];

/** Picks the reader's language, then fi → sv → en. Blank strings count as missing. */
export function localizedText(value: LocalizedValue, language: Language): LocalizedText {
  for (const candidate of [language, ...fallbackOrder]) {
    const text = value[candidate];
    if (typeof text === 'string' && text.trim() !== '') {
      return { text, language: candidate, isFallback: candidate !== language };
    }
  }
  // Finnish is required, so reaching this means it is blank: still report it as Finnish.
  return { text: value.fi, language: 'fi', isFallback: language !== 'fi' };
}
