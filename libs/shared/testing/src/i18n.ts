import { createI18n, type Language, type LuotsiI18n, type TextsLoader } from '@luotsi/i18n';
import { loadUiTexts, uiNamespace } from '@luotsi/ui';

export interface TestI18nOptions {
  language?: Language;
  /** The module's namespaces and their real loaders, e.g. { 'family-center': manifest.i18n.load }. */
  namespaces?: Readonly<Record<string, TextsLoader>>;
}

/**
 * An i18next instance with real texts — the 'ui' namespace and the given ones — loaded before it
 * resolves, so nothing suspends, and missing keys throw so a test that renders one fails.
 */
export function createTestI18n({ language = 'fi', namespaces = {} }: TestI18nOptions = {}): Promise<LuotsiI18n> {
  const loaders = { [uiNamespace]: loadUiTexts, ...namespaces };
  return createI18n({
    language,
    loaders,
    namespaces: Object.keys(loaders),
    defaultNamespace: Object.keys(namespaces)[0] ?? uiNamespace,
    missingKey: 'throw',
  });
}
