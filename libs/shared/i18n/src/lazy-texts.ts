import type { Language } from './languages';

// Kept apart from create-i18n so that a module manifest can name its text loaders without
// pulling i18next into the remote's entry chunk (import '@luotsi/i18n/lazy-texts').

/** A namespace's texts in one language, as a loader returns them. */
export type LoadedTexts = Readonly<Record<string, unknown>>;
/** Loads one namespace's texts for a language, typically through a dynamic import. */
export type TextsLoader = (language: Language) => Promise<LoadedTexts>;
/**
 * A module's loader: with a part (an area such as 'staff', or a page's part), the common texts and
 * that part's; without one, all of them (standalone development, tests).
 */
export type AreaTextsLoader = (language: Language, part?: string) => Promise<LoadedTexts>;
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
 * `parts` holds texts only some pages use: an area's (`{ staff: { fi: () => import('./staff/i18n/fi'), … } }`,
 * so a resident never downloads the professionals' texts) or a page's (named by the route's
 * `texts`). They are separate chunks too.
 */
export function lazyTexts(common: TextsImports, parts: Readonly<Record<string, TextsImports>> = {}): AreaTextsLoader {
  return async (language, part) => {
    const wanted = part === undefined ? Object.values(parts) : parts[part] ? [parts[part]] : [];
    const texts = await Promise.all([common, ...wanted].map((imports) => importTexts(imports, language)));
    return texts.length === 1 ? (texts[0] as LoadedTexts) : mergeTexts(...texts);
  };
}
