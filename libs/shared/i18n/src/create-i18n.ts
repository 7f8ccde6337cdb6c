import i18next, { type BackendModule, type i18n as I18nInstance, type ReadCallback } from 'i18next';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatTime } from './format';
import { defaultLanguage, isLanguage, languages, type Language } from './languages';
import type { LoadedTexts, TextsLoader } from './lazy-texts';

export type { LoadedTexts, TextsLoader } from './lazy-texts';
export { lazyTexts, mergeTexts, type AreaTextsLoader } from './lazy-texts';

export interface MissingKeyInfo {
  /** 'namespace:key' */
  key: string;
  language: string;
}

/**
 * What happens when t() finds no text:
 * - 'throw' (tests, development): throws, so a missing key fails the test that renders it.
 * - 'report' (production): reports each key once through onMissingKey and shows 'namespace:key'.
 *
 * Production deliberately has NO Finnish fallback. Swedish and English files are type-checked
 * against the Finnish one and i18n-check runs in CI, so a key missing at run time is a bug to see
 * and fix, not to hide; and a fallback language would make i18next load the Finnish namespace
 * next to every Swedish or English one, doubling the text bytes of two of three audiences.
 * (Database content is different: it can exist only in Finnish, see localizedText.)
 */
export type MissingKeyMode = 'throw' | 'report';

export interface CreateI18nOptions {
  language: Language;
  /** Loaders by namespace; more can be registered later with addNamespace. */
  loaders?: Readonly<Record<string, TextsLoader>>;
  /** Texts already in the bundle (tests, server rendering), by language and namespace. */
  resources?: Partial<Record<Language, Readonly<Record<string, LoadedTexts>>>>;
  /** Namespaces loaded before createI18n resolves, e.g. ['ui', 'shell']. */
  namespaces?: readonly string[];
  /** Namespace of t() calls that name none; defaults to the first of `namespaces`. */
  defaultNamespace?: string;
  missingKey?: MissingKeyMode;
  onMissingKey?: (info: MissingKeyInfo) => void;
}

export interface LuotsiI18n {
  /** The one i18next instance: give it to I18nextProvider. */
  readonly instance: I18nInstance;
  readonly language: Language;
  /** Registers a module's namespace (replacing an earlier loader) and loads it for the current language. */
  /**
   * Registers a namespace's loader and loads it for the current language. A different loader for
   * a namespace already in use (a module's texts widened to another area) replaces it: the current
   * language is read again and the other languages are read with it when they are next needed.
   */
  addNamespace(namespace: string, loader: TextsLoader): Promise<void>;
  /** Loads registered namespaces for the current language; rejects if one cannot be loaded. */
  loadNamespaces(namespaces: readonly string[]): Promise<void>;
  /** Loads every namespace in use in the new language first, then switches, so no key flashes. */
  changeLanguage(language: Language): Promise<void>;
  hasNamespace(namespace: string, language?: Language): boolean;
}

/** The smallest backend that does the job: a namespace's loader, called per language on demand. */
function loaderBackend(loaders: Map<string, TextsLoader>): BackendModule {
  return {
    type: 'backend',
    callbackApi: true,
    init() {
      // Nothing to configure: the loaders are closed over.
    },
    read(language: string, namespace: string, callback: ReadCallback) {
      const loader = loaders.get(namespace);
      if (!loader) return callback(new Error(`No loader registered for namespace "${namespace}"`), false);
      if (!isLanguage(language)) return callback(new Error(`Unsupported language "${language}"`), false);
      // `false` = do not retry: a failed dynamic import is cached by the browser, retrying is futile.
      loader(language).then(
        (texts) => callback(null, texts as Record<string, unknown>),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
      );
    },
  };
}

export async function createI18n(options: CreateI18nOptions): Promise<LuotsiI18n> {
  const loaders = new Map(Object.entries(options.loaders ?? {}));
  const mode = options.missingKey ?? 'report';
  const reported = new Set<string>();
  const namespaces = [...(options.namespaces ?? [])];
  const instance = i18next.createInstance();
  instance.use(loaderBackend(loaders));

  if (!isLanguage(options.language)) throw new Error(`Unsupported language "${String(options.language)}"`);

  await instance.init({
    lng: options.language,
    supportedLngs: languages,
    fallbackLng: false,
    load: 'currentOnly',
    ns: namespaces,
    defaultNS: options.defaultNamespace ?? namespaces[0] ?? false,
    resources: options.resources as Record<string, Record<string, Record<string, unknown>>> | undefined,
    partialBundledLanguages: true,
    // React escapes what it renders; escaping here would show "&amp;" to the reader.
    interpolation: { escapeValue: false },
    // An empty text is a translation bug, not a valid text: treat it as missing.
    returnEmptyString: false,
    appendNamespaceToMissingKey: true,
    parseMissingKeyHandler(key: string, defaultValue?: string, tOptions?: { lng?: string }) {
      const info: MissingKeyInfo = { key, language: tOptions?.lng ?? instance.language };
      if (mode === 'throw') throw new Error(`Missing text "${info.key}" in language "${info.language}"`);
      const id = `${info.language}|${info.key}`;
      if (!reported.has(id)) {
        reported.add(id);
        options.onMissingKey?.(info);
      }
      return defaultValue ?? key;
    },
  });

  registerFormatters(instance);

  const current = (): Language => (isLanguage(instance.language) ? instance.language : defaultLanguage);

  const hasNamespace = (namespace: string, language: Language = current()) =>
    instance.hasResourceBundle(language, namespace);

  /** Reads what is not yet in the store; rejects naming the namespaces that could not be read. */
  async function ensureLoaded(language: Language, list: readonly string[]): Promise<void> {
    const missing = list.filter((ns) => !hasNamespace(ns, language));
    if (missing.length === 0) return;
    // reloadResources forces a read even after an earlier failure, which i18next would not retry.
    await instance.reloadResources([language], missing);
    const failed = missing.filter((ns) => !hasNamespace(ns, language));
    if (failed.length > 0) throw new Error(`Could not load texts of ${failed.join(', ')} (${language})`);
  }

  async function loadNamespaces(list: readonly string[]): Promise<void> {
    await ensureLoaded(current(), list);
    // Adds them to options.ns, which changeLanguage and useTranslation consult.
    await instance.loadNamespaces([...list]);
  }

  if (namespaces.length > 0) await loadNamespaces(namespaces);

  return {
    instance,
    get language() {
      return current();
    },
    async addNamespace(namespace, loader) {
      const previous = loaders.get(namespace);
      loaders.set(namespace, loader);
      if (previous && previous !== loader) {
        for (const language of languages)
          if (language !== current()) instance.removeResourceBundle(language, namespace);
        // The current language's texts stay on screen until the new ones are in.
        if (hasNamespace(namespace)) await instance.reloadResources([current()], [namespace]);
      }
      await loadNamespaces([namespace]);
    },
    loadNamespaces,
    async changeLanguage(language) {
      if (!isLanguage(language)) throw new Error(`Unsupported language "${String(language)}"`);
      // Everything the page shows now, including bundled namespaces that options.ns does not list.
      const listed = instance.options.ns;
      const inUse = new Set([
        ...(typeof listed === 'string' ? [listed] : (listed ?? [])),
        ...Object.keys(instance.store.data[current()] ?? {}),
      ]);
      // Load first, switch after: the old language stays on screen until the new one is complete.
      await ensureLoaded(language, [...inUse]);
      await instance.changeLanguage(language);
    },
    hasNamespace,
  };
}

/**
 * Formats usable inside texts, e.g. "Maksu {{amount, money}}" or "{{when, dateTime}}", so they
 * follow the same Helsinki time zone and conventions as the format* functions.
 */
function registerFormatters(instance: I18nInstance): void {
  const formatter = instance.services.formatter;
  if (!formatter) return;
  const lang = (lng: string | undefined): Language => (isLanguage(lng) ? lng : defaultLanguage);
  formatter.add('money', (value, lng) => formatMoney(Number(value), lang(lng)));
  formatter.add('number', (value, lng) => formatNumber(Number(value), lang(lng)));
  formatter.add('date', (value, lng) => formatDate(value as Date | string | number, lang(lng)));
  formatter.add('time', (value, lng) => formatTime(value as Date | string | number, lang(lng)));
  formatter.add('dateTime', (value, lng) => formatDateTime(value as Date | string | number, lang(lng)));
}
