import { languages, type Language } from '@luotsi/shell-contract';
import { builder } from './builder';
import type { BffContext } from './context';

/**
 * Content stored in the database in several languages ({fi, sv?, en?}). The reader gets their
 * language when it exists, otherwise Finnish, then Swedish, then English — and is told, so the UI
 * can show the "only in Finnish" note.
 */
export type LocalizedValue = Partial<Record<Language, string>>;

export interface LocalizedText {
  text: string;
  language: Language;
  isFallback: boolean;
}

const fallbackOrder: readonly Language[] = ['fi', 'sv', 'en'];

export function pickLanguage(value: unknown, language: Language): LocalizedText {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  for (const candidate of [language, ...fallbackOrder]) {
    const text = record[candidate];
    if (typeof text === 'string' && text.trim() !== '')
      return { text, language: candidate, isFallback: candidate !== language };
  }
  return { text: '', language, isFallback: false };
}

export const LanguageEnum = builder.enumType('Language', { values: languages });

export const LocalizedTextRef = builder.objectRef<LocalizedText>('LocalizedText').implement({
  description: 'A text in the reader’s language, or in another one when it has no translation.',
  fields: (t) => ({
    text: t.exposeString('text'),
    language: t.field({ type: LanguageEnum, resolve: (parent) => parent.language }),
    isFallback: t.exposeBoolean('isFallback'),
  }),
});

/**
 * A field that gives a stored {fi, sv?, en?} column in the reader's language:
 *   title: t.field(localizedField('title')),
 */
export function localizedField<K extends string>(key: K) {
  return {
    type: LocalizedTextRef,
    resolve: (parent: Record<K, unknown>, _args: object, context: BffContext) =>
      pickLanguage(parent[key], context.language),
  };
}
