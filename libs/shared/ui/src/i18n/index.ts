import { lazyTexts, useTexts } from '@luotsi/i18n';
import { type fi } from './fi';

/** The design system's i18n namespace. The shell loads it before the first render. */
export const uiNamespace = 'ui';

/** Loader for the 'ui' namespace: one chunk per language, so a reader gets only theirs. */
export const loadUiTexts = lazyTexts({
  fi: () => import('./fi'),
  sv: () => import('./sv'),
  en: () => import('./en'),
});

export type UiTexts = typeof fi;

/** Typed t() of the 'ui' namespace for the components. */
export const useUiTexts = () => useTexts<UiTexts>(uiNamespace);
