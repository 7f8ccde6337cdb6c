import type { Language } from './languages';

// Kept apart from create-i18n so that a module manifest can name its text loaders without
// pulling i18next into the remote's entry chunk (import '@luotsi/i18n/lazy-texts').

/** A namespace's texts in one language, as a loader returns them. */
export type LoadedTexts = Readonly<Record<string, unknown>>;
/** Loads one namespace's texts for a language, typically through a dynamic import. */
export type TextsLoader = (language: Language) => Promise<LoadedTexts>;
/**
 * A module's loader: with an area, the texts that area's pages need (the common texts and the
 * area's own); without one, every area's texts (standalone development, tests).
 */
export type AreaTextsLoader = (language: Language, area?: string) => Promise<LoadedTexts>;
/** One dynamic import per language. */
export type TextsImports = Readonly<Record<Language, () => Promise<Readonly<Record<string, unknown>>>>>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Deep merge of text trees: an area's `nav` adds its labels beside the common ones. */
export function mergeTexts(...parts: readonly LoadedTexts[]): LoadedTexts {
  const merged: Record<string, unknown> = {};
  for (const part of parts)
    for (const [key, value] of Object.entries(part)) {
      const existing = merged[key];
      merged[key] = isPlainObject(existing) && isPlainObject(value) ? mergeTexts(existing, value) : value;
    }
  return merged;
}

async function importTexts(imports: TextsImports, language: Language): Promise<LoadedTexts> {
  const module = await imports[language]();
  const texts = module[language] ?? module['default'];
  if (texts === null || typeof texts !== 'object') {
    throw new Error(`Texts module for ${language} exports neither "${language}" nor a default object`);
  }
  return texts as LoadedTexts;
}

/**
 * Builds a loader from one dynamic import per language, so each language is its own chunk and a
 * Swedish reader never downloads the Finnish or English texts. The module may export the texts
 * under the language's name (`export const sv = …`) or as its default export.
 *
 * `byArea` holds texts only one area's pages use, e.g. `{ staff: { fi: () => import('./staff/i18n/fi'), … } }`:
 * they are separate chunks too, so a resident never downloads the professionals' texts.
 */
export function lazyTexts(common: TextsImports, byArea: Readonly<Record<string, TextsImports>> = {}): AreaTextsLoader {
  return async (language, area) => {
    const areas = area === undefined ? Object.values(byArea) : byArea[area] ? [byArea[area]] : [];
    const parts = await Promise.all([common, ...areas].map((imports) => importTexts(imports, language)));
    return parts.length === 1 ? (parts[0] as LoadedTexts) : mergeTexts(...parts);
  };
}
