/**
 * One search: normalise the query, expand its words through the vocabulary, run the hits and
 * facets statements, and record the statistics event (first page only).
 */
import type { PrismaClient } from '@luotsi/db';
import {
  cleanFilters,
  decodeCursor,
  encodeCursor,
  normalizeQuery,
  suggestQuery,
  tsQueryText,
  type LatLon,
  type SearchFacet,
  type SearchFilters,
  type SearchSort,
} from '@luotsi/services-domain';
import type { Language } from '@luotsi/shell-contract';
import type { FieldError } from '@luotsi/validation';
import { recordSearchEvent } from './events';
import { municipalityCentre, postalCodeLocation } from './origins';
import { facetsSql, hitsSql, type FacetRow, type HitRow } from './sql';
import { expandCached, vocabularyOf } from './vocabulary';

export const defaultPageSize = 20;
export const maxPageSize = 50;
/** Below this many results the search offers a corrected query. */
export const suggestionBelow = 10;

export interface SearchInput {
  query?: string | null;
  municipalityCodes?: string[] | null;
  targetGroups?: string[] | null;
  themes?: string[] | null;
  providerTypes?: string[] | null;
  channelTypes?: string[] | null;
  freeOfCharge?: boolean | null;
  sort?: SearchSort | null;
  originMunicipalityCode?: string | null;
  originPostalCode?: string | null;
  after?: string | null;
  first?: number | null;
}

export interface SearchHit {
  id: string;
  rank: number;
  distanceKm: number | null;
}

export interface SearchOutcome {
  query: string;
  sort: SearchSort;
  hits: SearchHit[];
  total: number;
  nextCursor: string | null;
  suggestion: string | null;
  filters: SearchFilters;
  facets: { facet: SearchFacet; values: { value: string; count: number }[] }[];
}

export class SearchInputError extends Error {
  constructor(readonly fields: FieldError[]) {
    super('Invalid search input');
  }
}

interface Logger {
  warn(object: object, message: string): void;
}

/** Validates and resolves the input: filters, sort, origin, cursor, page size. */
export function prepareSearch(input: SearchInput) {
  const errors: FieldError[] = [];
  const query = normalizeQuery(input.query);
  const filters = cleanFilters(input);
  const first = input.first ?? defaultPageSize;
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) errors.push({ path: ['input', 'first'], code: 'out-of-range', minimum: 1, maximum: maxPageSize });
  let origin: LatLon | null = null;
  if (input.originPostalCode) {
    origin = postalCodeLocation(input.originPostalCode.trim());
    if (!origin) errors.push({ path: ['input', 'originPostalCode'], code: /^\d{5}$/.test(input.originPostalCode.trim()) ? 'invalid-choice' : 'invalid-format' });
  } else if (input.originMunicipalityCode) {
    origin = municipalityCentre(input.originMunicipalityCode);
    if (!origin) errors.push({ path: ['input', 'originMunicipalityCode'], code: 'invalid-choice' });
  }
  // Relevance needs words; without them the list is by name. Distance needs a place.
  let sort: SearchSort = input.sort ?? (query.terms.length ? 'relevance' : 'name');
  if (sort === 'relevance' && query.terms.length === 0) sort = 'name';
  if (sort === 'distance' && !origin && errors.length === 0) errors.push({ path: ['input', 'originPostalCode'], code: 'required' });
  const after = input.after ? decodeCursor(input.after, sort) : null;
  if (input.after && !after) errors.push({ path: ['input', 'after'], code: 'invalid' });
  if (errors.length) throw new SearchInputError(errors);
  return { query, filters, first, origin, sort, after };
}

/**
 * Browsing without words counts facets over the whole catalogue (50 000 services nationally):
 * the same answer for every reader, so it is kept for a minute per filter combination. Searches
 * with words are counted each time (their matched sets are small).
 */
const browseTtlMs = 60_000;
const browseCache = new WeakMap<PrismaClient, Map<string, { at: number; rows: Promise<FacetRow[]> }>>();

function browseFacets(prisma: PrismaClient, filters: SearchFilters): Promise<FacetRow[]> {
  let cache = browseCache.get(prisma);
  if (!cache) browseCache.set(prisma, (cache = new Map()));
  const key = JSON.stringify(filters);
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && now - hit.at < browseTtlMs) return hit.rows;
  if (cache.size > 500) cache.clear();
  const rows = prisma.$queryRaw<FacetRow[]>(facetsSql({ language: 'fi', tsQuery: null, filters }));
  cache.set(key, { at: now, rows });
  rows.catch(() => cache.delete(key));
  return rows;
}

/** Forget cached browse counts (tests that change the catalogue). */
export function forgetBrowseFacets(prisma: PrismaClient): void {
  browseCache.delete(prisma);
}

export async function searchServices(
  prisma: PrismaClient,
  options: { language: Language; now: Date; logger: Logger; input: SearchInput },
): Promise<SearchOutcome> {
  const { query, filters, first, origin, sort, after } = prepareSearch(options.input);
  const groups = await Promise.all(query.terms.map(async (term) => ({ term, variants: (await expandCached(prisma, term)).map((m) => m.word) })));
  const tsQuery = groups.length ? tsQueryText(groups) : null;
  const [rows, facetRows] = await Promise.all([
    prisma.$queryRaw<HitRow[]>(hitsSql({ language: options.language, tsQuery, filters, sort, origin, after, limit: first + 1 })),
    tsQuery === null ? browseFacets(prisma, filters) : prisma.$queryRaw<FacetRow[]>(facetsSql({ language: options.language, tsQuery, filters })),
  ]);
  const page = rows.slice(0, first);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > first && last
      ? encodeCursor({ sort, id: last.id, key: sort === 'relevance' ? Number(last.rank) : sort === 'distance' ? (last.km === null ? null : Number(last.km)) : last.name_key })
      : null;
  const total = facetRows.find((r) => r.facet === 'total')?.count ?? 0;
  const facets = (['municipality', 'targetGroup', 'theme', 'providerType', 'channelType', 'freeOfCharge'] as const).map((facet) => ({
    facet,
    values: facetRows.filter((r) => r.facet === facet).map((r) => ({ value: r.value, count: Number(r.count) })),
  }));
  // "Did you mean" when there are few results (a page or less): a word the names do not know, corrected.
  const suggestion = query.terms.length && total < suggestionBelow ? suggestQuery(query.terms, await vocabularyOf(prisma)) : null;
  if (!after) {
    recordSearchEvent(prisma, options.logger, {
      at: options.now,
      language: options.language,
      query: query.text,
      resultCount: total,
      municipalityCode: filters.municipalityCodes[0] ?? options.input.originMunicipalityCode ?? null,
      filters,
    });
  }
  return {
    query: query.text,
    sort,
    hits: page.map((r) => ({ id: r.id, rank: Number(r.rank), distanceKm: r.km === null ? null : Number(r.km) })),
    total,
    nextCursor,
    suggestion,
    filters,
    facets,
  };
}
