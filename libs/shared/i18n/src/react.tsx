import { createContext, useContext, useMemo, useSyncExternalStore, type Context, type ReactNode } from 'react';
import type { i18n as I18nInstance } from 'i18next';
import { defaultLanguage, isLanguage, type Language } from './languages';
import type { TypedT } from './texts';

/**
 * The React binding of the one i18next instance the shell creates (ADR 0006: not react-i18next,
 * whose whole package — Trans, ICU, SSR helpers — would load on every page as a federation
 * singleton). The context object lives on globalThis so that a remote bundling its own copy of
 * this library still finds the shell's instance.
 */
const contextKey = Symbol.for('luotsi.i18n.context');
const globalStore = globalThis as unknown as Record<symbol, Context<I18nInstance | null> | undefined>;
const I18nContext: Context<I18nInstance | null> = (globalStore[contextKey] ??= createContext<I18nInstance | null>(null));

export function I18nProvider({ i18n, children }: { i18n: I18nInstance; children: ReactNode }) {
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

interface Tracker {
  revision: number;
  listeners: Set<() => void>;
}
const trackers = new WeakMap<I18nInstance, Tracker>();

/** Counts changes that affect rendered texts: a language switch or newly loaded texts. */
function tracker(i18n: I18nInstance): Tracker {
  let found = trackers.get(i18n);
  if (!found) {
    const created: Tracker = { revision: 0, listeners: new Set() };
    const bump = () => {
      created.revision += 1;
      created.listeners.forEach((listener) => listener());
    };
    i18n.on('languageChanged', bump);
    i18n.on('loaded', bump);
    i18n.store.on('added', bump);
    trackers.set(i18n, created);
    found = created;
  }
  return found;
}

/**
 * Texts of a namespace with keys checked against its Finnish source:
 *   const { t } = useTexts<typeof fi>('familyCenter');
 *   t('articles.count', { count: 3 });  // a typo here is a compile error
 * The namespace must be loaded before the component renders (the shell loads a module's texts
 * before mounting it); a missing text throws in tests and development.
 */
export function useTexts<T>(namespace: string): { t: TypedT<T>; language: Language } {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useTexts needs an I18nProvider (the shell provides one)');
  const changes = tracker(i18n);
  const revision = useSyncExternalStore(
    (listener) => {
      changes.listeners.add(listener);
      return () => changes.listeners.delete(listener);
    },
    () => changes.revision,
  );
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const t = useMemo(
    () => i18n.getFixedT(language, namespace),
    // revision: texts added since the last render must reach the new t.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- revision is a change signal, not an input
    [i18n, language, namespace, revision],
  );
  return { t: t as unknown as TypedT<T>, language };
}
