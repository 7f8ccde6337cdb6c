// Public API of @luotsi/i18n. Named exports only and no module side effects, so bundlers keep
// only what a page uses. (i18next itself does not declare "sideEffects": false, so a bundle that
// imports anything from here keeps it; in the browser it is a shared singleton loaded anyway.)
export { languages, defaultLanguage, isLanguage, languageNames, type Language } from './languages';
export {
  defineTexts,
  pluralSuffixes,
  type TextTree,
  type Texts,
  type TextKey,
  type TextOptions,
  type TypedT,
} from './texts';
export {
  createI18n,
  lazyTexts,
  mergeTexts,
  type AreaTextsLoader,
  type CreateI18nOptions,
  type LuotsiI18n,
  type LoadedTexts,
  type TextsLoader,
  type MissingKeyMode,
  type MissingKeyInfo,
} from './create-i18n';
export { I18nProvider, useTexts } from './react';
export {
  timeZone,
  locales,
  toDate,
  formatDate,
  formatTime,
  formatDateTime,
  formatDateRange,
  formatNumber,
  formatMoney,
  formatRelativeDays,
  daysBetween,
  type DateInput,
  type DateStyle,
} from './format';
export { localizedText, type LocalizedValue, type LocalizedText } from './localized-text';
