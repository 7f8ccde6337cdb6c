/** Catalogue texts: whatever of Finnish, Swedish and English the source has. */
export const catalogueLanguages = ['fi', 'sv', 'en'] as const;
export type CatalogueLanguage = (typeof catalogueLanguages)[number];
export type LocalizedText = Partial<Record<CatalogueLanguage, string>>;

export function isCatalogueLanguage(value: unknown): value is CatalogueLanguage {
  return typeof value === 'string' && (catalogueLanguages as readonly string[]).includes(value);
}

/** The languages a text has, in the portal's order. */
export function languagesOfText(text: LocalizedText): CatalogueLanguage[] {
  return catalogueLanguages.filter((language) => (text[language] ?? '').trim() !== '');
}

export function isEmptyText(text: LocalizedText): boolean {
  return languagesOfText(text).length === 0;
}
