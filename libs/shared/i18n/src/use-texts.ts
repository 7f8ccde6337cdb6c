import { useTranslation } from 'react-i18next';
import { isLanguage, defaultLanguage, type Language } from './languages';
import { type TypedT } from './texts';

/**
 * react-i18next's useTranslation with keys checked against a namespace's Finnish texts:
 *   const { t } = useTexts<typeof fi>('family-center');
 *   t('articles.count', { count: 3 });  // a typo here is a compile error
 * Suspends until the namespace is loaded in the current language.
 */
export function useTexts<T>(namespace: string): { t: TypedT<T>; language: Language } {
  const { t, i18n } = useTranslation(namespace);
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  // The cast narrows i18next's generic signature to this namespace's keys.
  return { t: t as unknown as TypedT<T>, language };
}
