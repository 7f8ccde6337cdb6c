import type { Language } from './languages';

// Kept apart from create-i18n so that a module manifest can name its text loaders without
// pulling i18next into the remote's entry chunk (import '@luotsi/i18n/lazy-texts').

/** A namespace's texts in one language, as a loader returns them. */
export type LoadedTexts = Readonly<Record<string, unknown>>;
/** Loads one namespace's texts for a language, typically through a dynamic import. */
export type TextsLoader = (language: Language) => Promise<LoadedTexts>;

/**
 * Builds a loader from one dynamic import per language, so each language is its own chunk and a
 * Swedish reader never downloads the Finnish or English texts. The module may export the texts
 * under the language's name (`export const sv = …`) or as its default export.
 */
export function lazyTexts(imports: Record<Language, () => Promise<Readonly<Record<string, unknown>>>>): TextsLoader {
  return async (language) => {
    const module = await imports[language]();
    const texts = module[language] ?? module['default'];
    if (texts === null || typeof texts !== 'object') {
      throw new Error(`Texts module for ${language} exports neither "${language}" nor a default object`);
    }
    return texts as LoadedTexts;
  };
}

