/** Kinds of service provider in the catalogue; the BFF may one day send a kind the UI does not know. */
export const providerTypes = ['county', 'municipality', 'ngo', 'parish', 'company'] as const;
export type ProviderType = (typeof providerTypes)[number];

export function knownProviderType(value: string): ProviderType | 'other' {
  return (providerTypes as readonly string[]).includes(value) ? (value as ProviderType) : 'other';
}
