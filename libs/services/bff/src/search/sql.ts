/**
 * The search's SQL, as Prisma.sql tagged templates (values are always parameters). Kept apart
 * from the GraphQL layer so the benchmark can run the very same statements directly on `pg`
 * (Prisma.Sql has `.text` with $n placeholders and `.values`).
 *
 * Two statements per page: the hits (keyset-paginated) and, in one pass over the matched set,
 * the total and every facet's counts, each facet counted with the other facets' filters only.
 * Every filter is a column of `services` (channel types are kept there by triggers), so neither
 * statement joins more than the organisation.
 */
import { Prisma } from '@luotsi/db';
import type { LatLon, SearchCursor, SearchFilters, SearchSort } from '@luotsi/services-domain';
import type { Language } from '@luotsi/shell-contract';

export interface SearchSqlParams {
  language: Language;
  /** to_tsquery text from tsQueryText(), or null to match everything (browsing by filters). */
  tsQuery: string | null;
  filters: SearchFilters;
  sort: SearchSort;
  origin: LatLon | null;
  after: SearchCursor | null;
  /** Rows to fetch: the page size plus one, to know whether there is a next page. */
  limit: number;
}

export interface HitRow {
  id: string;
  rank: number;
  km: number | null;
  name_key: string;
}

export interface FacetRow {
  facet: string;
  value: string;
  count: number;
}

const always = Prisma.sql`true`;

function documentOf(language: Language): Prisma.Sql {
  return language === 'sv' ? Prisma.sql`s.search_sv` : language === 'en' ? Prisma.sql`s.search_en` : Prisma.sql`s.search_fi`;
}

/** The query in every configuration a document may be in (the reader's, or a fallback's). */
function tsQueryOf(language: Language, text: string): Prisma.Sql {
  return language === 'en'
    ? Prisma.sql`(to_tsquery('english', ${text}) || to_tsquery('finnish', ${text}) || to_tsquery('swedish', ${text}))`
    : Prisma.sql`(to_tsquery('finnish', ${text}) || to_tsquery('swedish', ${text}))`;
}

function textMatch(params: SearchSqlParams): Prisma.Sql {
  return params.tsQuery === null ? always : Prisma.sql`${documentOf(params.language)} @@ ${tsQueryOf(params.language, params.tsQuery)}`;
}

/**
 * ts_rank with the default weights (D 0.1, C 0.2, B 0.4, A 1.0): name > summary > description >
 * the other national language's name (migration service_search_columns).
 */
function rankOf(params: SearchSqlParams): Prisma.Sql {
  return params.tsQuery === null ? Prisma.sql`0::float8` : Prisma.sql`ts_rank(${documentOf(params.language)}, ${tsQueryOf(params.language, params.tsQuery)})::float8`;
}

function nameKeyOf(language: Language): Prisma.Sql {
  return Prisma.sql`lower(coalesce(nullif(s.name->>${language}, ''), nullif(s.name->>'fi', ''), nullif(s.name->>'sv', ''), s.name->>'en', '')) COLLATE "C"`;
}

/** Kilometres from the origin to the service's nearest location channel (haversine, as the domain's haversineKm). */
function distanceOf(origin: LatLon | null): Prisma.Sql {
  if (!origin) return Prisma.sql`NULL::float8`;
  const { latitude, longitude } = origin;
  return Prisma.sql`(SELECT min(2 * 6371.0088 * asin(least(1, sqrt(
      power(sin(radians(c.latitude - ${latitude}::float8) / 2), 2) +
      cos(radians(${latitude}::float8)) * cos(radians(c.latitude)) * power(sin(radians(c.longitude - ${longitude}::float8) / 2), 2)))))
    FROM service_channel_links l JOIN service_channels c ON c.id = l.channel_id
    WHERE l.service_id = s.id AND c.latitude IS NOT NULL AND c.longitude IS NOT NULL)`;
}

/** Each facet's filter as a condition on `s` (services) and `o` (organizations); `true` when not active. */
export function filterConditions(filters: SearchFilters): Record<'municipality' | 'targetGroup' | 'theme' | 'providerType' | 'channelType' | 'freeOfCharge', Prisma.Sql> {
  return {
    municipality: filters.municipalityCodes.length ? Prisma.sql`s.municipality_codes && ${filters.municipalityCodes}::text[]` : always,
    targetGroup: filters.targetGroups.length ? Prisma.sql`s.target_groups && ${filters.targetGroups}::text[]` : always,
    theme: filters.themes.length
      ? Prisma.sql`EXISTS (SELECT 1 FROM unnest(s.service_classes) sc WHERE split_part(sc, '.', 1) = ANY(${filters.themes}::text[]))`
      : always,
    providerType: filters.providerTypes.length ? Prisma.sql`o.provider_type = ANY(${filters.providerTypes}::text[])` : always,
    channelType: filters.channelTypes.length ? Prisma.sql`s.channel_types && ${filters.channelTypes}::text[]` : always,
    freeOfCharge: filters.freeOfCharge ? Prisma.sql`s.charge_type = 'free'` : always,
  };
}

function afterCondition(after: SearchCursor | null): Prisma.Sql {
  if (!after) return always;
  const id = Prisma.sql`${after.id}::uuid`;
  switch (after.sort) {
    case 'relevance':
      return Prisma.sql`(x.rank < ${after.key}::float8 OR (x.rank = ${after.key}::float8 AND x.id > ${id}))`;
    case 'distance':
      return after.key === null
        ? Prisma.sql`(x.km IS NULL AND x.id > ${id})`
        : Prisma.sql`(x.km IS NULL OR x.km > ${after.key}::float8 OR (x.km = ${after.key}::float8 AND x.id > ${id}))`;
    case 'name':
      return Prisma.sql`(x.name_key > (${after.key}::text COLLATE "C") OR (x.name_key = (${after.key}::text COLLATE "C") AND x.id > ${id}))`;
  }
}

function orderOf(sort: SearchSort): Prisma.Sql {
  return sort === 'relevance'
    ? Prisma.sql`x.rank DESC, x.id`
    : sort === 'distance'
      ? Prisma.sql`x.km ASC NULLS LAST, x.id`
      : Prisma.sql`x.name_key, x.id`;
}

export function hitsSql(params: SearchSqlParams): Prisma.Sql {
  const f = filterConditions(params.filters);
  return Prisma.sql`SELECT x.id, x.rank, x.km, x.name_key FROM (
      SELECT s.id, ${rankOf(params)} AS rank, ${params.sort === 'distance' || params.origin ? distanceOf(params.origin) : Prisma.sql`NULL::float8`} AS km,
        ${nameKeyOf(params.language)} AS name_key
      FROM services s JOIN organizations o ON o.id = s.organization_id
      WHERE ${textMatch(params)} AND ${f.municipality} AND ${f.targetGroup} AND ${f.theme} AND ${f.providerType} AND ${f.channelType} AND ${f.freeOfCharge}
    ) x
    WHERE ${afterCondition(params.after)}
    ORDER BY ${orderOf(params.sort)}
    LIMIT ${params.limit}`;
}

/** The total ('total', '') and each facet's values with counts, all in one statement. */
export function facetsSql(params: Pick<SearchSqlParams, 'language' | 'tsQuery' | 'filters'>): Prisma.Sql {
  const f = filterConditions(params.filters);
  const p = { ...params, sort: 'relevance' as const, origin: null, after: null, limit: 0 };
  return Prisma.sql`WITH m AS MATERIALIZED (
      SELECT s.id, s.municipality_codes, s.target_groups, s.service_classes, s.channel_types, s.charge_type, o.provider_type,
        ${f.municipality} AS f_m, ${f.targetGroup} AS f_t, ${f.theme} AS f_th, ${f.providerType} AS f_p, ${f.channelType} AS f_c, ${f.freeOfCharge} AS f_f
      FROM services s JOIN organizations o ON o.id = s.organization_id
      WHERE ${textMatch(p)}
    )
    SELECT 'total' AS facet, '' AS value, count(*)::int AS count FROM m WHERE f_m AND f_t AND f_th AND f_p AND f_c AND f_f
    UNION ALL
    SELECT 'municipality', v, count(*)::int FROM m, unnest(m.municipality_codes) v WHERE f_t AND f_th AND f_p AND f_c AND f_f GROUP BY v
    UNION ALL
    SELECT 'targetGroup', v, count(*)::int FROM m, unnest(m.target_groups) v WHERE f_m AND f_th AND f_p AND f_c AND f_f GROUP BY v
    UNION ALL
    SELECT 'theme', v, count(DISTINCT m.id)::int FROM m, unnest(m.service_classes) sc, split_part(sc, '.', 1) v WHERE f_m AND f_t AND f_p AND f_c AND f_f GROUP BY v
    UNION ALL
    SELECT 'providerType', m.provider_type, count(*)::int FROM m WHERE f_m AND f_t AND f_th AND f_c AND f_f GROUP BY m.provider_type
    UNION ALL
    SELECT 'channelType', v, count(*)::int FROM m, unnest(m.channel_types) v WHERE f_m AND f_t AND f_th AND f_p AND f_f GROUP BY v
    UNION ALL
    SELECT 'freeOfCharge', 'true', count(*)::int FROM m WHERE m.charge_type = 'free' AND f_m AND f_t AND f_th AND f_p AND f_c`;
}
