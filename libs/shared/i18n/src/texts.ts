/**
 * Typed texts: a namespace's Finnish file is the source and the Swedish and English files must
 * have exactly the same keys, so a missing or misspelt key is a compile error (as in eVaka).
 *
 * fi.ts:  export const fi = defineTexts({ title: 'Perhekeskus', items_one: '…', items_other: '…' });
 * sv.ts:  export const sv: Texts<typeof fi> = { title: 'Familjecenter', … };
 */

/** A namespace's texts: nested objects whose leaves are strings. */
export interface TextTree {
  readonly [key: string]: string | TextTree;
}

/** The shape of T with every leaf widened to string: what another language must provide. */
export type Texts<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]>;
};

/**
 * Declares the source (Finnish) texts of a namespace. Identity at run time; the return type
 * widens the literal strings so that `Texts<typeof fi>` asks for strings, not for the Finnish ones.
 */
export function defineTexts<const T extends TextTree>(texts: T): Texts<T> {
  return texts as Texts<T>;
}

/** i18next's plural suffixes for our languages: fi, sv and en all have only one/other. */
export const pluralSuffixes = ['_one', '_other'] as const;
type PluralSuffix = (typeof pluralSuffixes)[number];

type PluralBase<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : never;

/**
 * Every key of T as i18next writes it: dotted paths to leaves, plus the base of plural keys
 * (`items` for `items_one`/`items_other`, used as t('items', { count })).
 */
export type TextKey<T> = {
  [K in keyof T & string]: T[K] extends string
    ? K | PluralBase<K>
    : `${K}.${TextKey<T[K]>}`;
}[keyof T & string];

/** Options of a typed t(): interpolation values and `count` for plurals. */
export interface TextOptions {
  count?: number;
  [value: string]: unknown;
}

export type TypedT<T> = (key: TextKey<T>, options?: TextOptions) => string;
