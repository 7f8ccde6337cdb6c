/**
 * The search's facets. Each facet's counts are computed with every other active filter applied
 * but not its own, so choosing "Espoo" still shows how many there would be in Vantaa.
 */
export const searchFacets = ['municipality', 'targetGroup', 'theme', 'providerType', 'channelType', 'freeOfCharge'] as const;
export type SearchFacet = (typeof searchFacets)[number];

export interface SearchFilters {
  municipalityCodes: string[];
  targetGroups: string[];
  /** Top-level service classes, e.g. 'P3' for 'P3.4'. */
  themes: string[];
  providerTypes: string[];
  channelTypes: string[];
  freeOfCharge: boolean;
}

export const emptyFilters: SearchFilters = {
  municipalityCodes: [],
  targetGroups: [],
  themes: [],
  providerTypes: [],
  channelTypes: [],
  freeOfCharge: false,
};

/** At most this many values per filter: a URL with hundreds of values is not a person's choice. */
export const maxFilterValues = 20;

const code = /^[A-Za-z0-9._-]{1,40}$/;

/** Drops duplicates, empty and malformed codes, and caps each list (filters come from URLs). */
export function cleanFilters(input: Partial<{ [K in keyof SearchFilters]: SearchFilters[K] | null }>): SearchFilters {
  const list = (values: readonly string[] | null | undefined) => [...new Set((values ?? []).filter((v) => code.test(v)))].slice(0, maxFilterValues);
  return {
    municipalityCodes: list(input.municipalityCodes),
    targetGroups: list(input.targetGroups),
    themes: list(input.themes),
    providerTypes: list(input.providerTypes),
    channelTypes: list(input.channelTypes),
    freeOfCharge: input.freeOfCharge === true,
  };
}

/** The theme (top-level service class) of a PTV service class code: 'P3.4' → 'P3'. */
export function themeOf(serviceClass: string): string {
  return serviceClass.split('.')[0] ?? serviceClass;
}

/** Whether any filter is active (the "clear filters" link and the no-results help need it). */
export function hasFilters(filters: SearchFilters): boolean {
  return (
    filters.freeOfCharge ||
    [filters.municipalityCodes, filters.targetGroups, filters.themes, filters.providerTypes, filters.channelTypes].some((l) => l.length > 0)
  );
}
