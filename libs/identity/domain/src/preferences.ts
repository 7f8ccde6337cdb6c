import { z } from 'zod';

/**
 * The resident's own preferences, validated with the same schema in the browser (the form) and
 * in the BFF (the mutation's arguments); see "Input validation" in docs/guides/adding-a-module.md.
 */
export const preferredLanguages = ['fi', 'sv', 'en'] as const;
export type PreferredLanguage = (typeof preferredLanguages)[number];

/** The language of messages and letters: one of the portal's three. */
export const preferredLanguageSchema = z.enum(preferredLanguages);

/** The arguments of setMyLanguage, as its form holds them. */
export const languagePreferenceSchema = z.object({ language: preferredLanguageSchema });
export type LanguagePreference = z.infer<typeof languagePreferenceSchema>;
