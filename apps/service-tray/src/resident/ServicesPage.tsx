import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts } from '@luotsi/i18n';
import { useGraphqlClient, useQuery, type GraphqlRequestError } from '@luotsi/graphql-client';
import { Alert, Button, CheckboxField, Cluster, LanguageNote, Link, PageHeading, RequestError, SelectField, Skeleton, Stack, TextField } from '@luotsi/ui';
import { graphql } from '../gql';
import type { SearchServicesQuery, ServiceSearchFacetKind, ServiceSearchInput } from '../gql/graphql';
import { knownProviderType } from '../components/provider-type';
import { knownChannelType } from '../components/channel-type';
import type { fi } from '../i18n/fi';
import { hasActiveFilters, readSearchState, toggle, writeSearchState, type ListFilter, type SearchState } from './search-state';

const SearchQuery = graphql(`
  query SearchServices($input: ServiceSearchInput!) {
    searchServices(input: $input) {
      query
      sort
      total
      nextCursor
      suggestion
      hits {
        distanceKm
        service {
          id
          name { text language isFallback }
          summary { text language isFallback }
          chargeType
          organization { id providerType name { text language isFallback } }
        }
      }
      facets {
        facet
        values { value count selected label { text language isFallback } }
      }
    }
  }
`);

type Result = SearchServicesQuery['searchServices'];
type Hit = Result['hits'][number];

const pageSize = 20;

/** The state in the URL; pushState on change, and Back (popstate) restores the earlier search. */
function useUrlSearchState(): [SearchState, (next: SearchState) => void] {
  const [state, setState] = useState(() => readSearchState(window.location.search));
  useEffect(() => {
    const onPop = () => setState(readSearchState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((next: SearchState) => {
    window.history.pushState(window.history.state, '', `${window.location.pathname}${writeSearchState(next)}${window.location.hash}`);
    setState(next);
  }, []);
  return [state, navigate];
}

function inputOf(state: SearchState): ServiceSearchInput {
  return {
    query: state.q || null,
    municipalityCodes: state.municipalityCodes,
    targetGroups: state.targetGroups,
    themes: state.themes,
    providerTypes: state.providerTypes,
    channelTypes: state.channelTypes,
    freeOfCharge: state.freeOfCharge,
    sort: state.sort || null,
    ...(state.sort === 'distance'
      ? { originPostalCode: state.postalCode.trim() || null, originMunicipalityCode: state.municipalityCodes[0] ?? null }
      : {}),
    first: pageSize,
  };
}

const facetFilters: Record<Exclude<ServiceSearchFacetKind, 'freeOfCharge'>, ListFilter> = {
  municipality: 'municipalityCodes',
  targetGroup: 'targetGroups',
  theme: 'themes',
  providerType: 'providerTypes',
  channelType: 'channelTypes',
};

export default function ServicesPage({ to }: ModulePageProps) {
  const { t } = useTexts<typeof fi>('serviceTray');
  const client = useGraphqlClient();
  const [state, navigate] = useUrlSearchState();
  const [draft, setDraft] = useState(state.q);
  const [postalDraft, setPostalDraft] = useState(state.postalCode);
  // Back/forward or a suggestion changes the search: the fields show it (adjusting state while
  // rendering, as React recommends, rather than in an effect).
  const [shown, setShown] = useState({ q: state.q, postalCode: state.postalCode });
  if (shown.q !== state.q || shown.postalCode !== state.postalCode) {
    setShown({ q: state.q, postalCode: state.postalCode });
    setDraft(state.q);
    setPostalDraft(state.postalCode);
  }
  const input = inputOf(state);
  const search = useQuery(SearchQuery, { input });
  // Pages after the first, fetched with "show more"; reset whenever the search changes.
  const [more, setMore] = useState<{ key: string; hits: Hit[]; cursor: string | null; loading: boolean; error: GraphqlRequestError | null }>({
    key: '',
    hits: [],
    cursor: null,
    loading: false,
    error: null,
  });
  const key = JSON.stringify(input);
  const extra = more.key === key ? more : { key, hits: [], cursor: null, loading: false, error: null };
  const result = search.data?.searchServices;
  const cursor = extra.hits.length ? extra.cursor : (result?.nextCursor ?? null);
  const hits = [...(result?.hits ?? []), ...extra.hits];

  const loadMore = async () => {
    if (!cursor) return;
    setMore({ ...extra, loading: true, error: null });
    try {
      const next = await client.request(SearchQuery, { input: { ...input, after: cursor } });
      setMore({ key, hits: [...extra.hits, ...next.searchServices.hits], cursor: next.searchServices.nextCursor ?? null, loading: false, error: null });
    } catch (error) {
      setMore({ ...extra, loading: false, error: error as GraphqlRequestError });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate({ ...state, q: draft, postalCode: postalDraft });
  };

  const postalError = search.status === 'error' ? search.error.fields.find((f) => f.path[1] === 'originPostalCode') : undefined;
  const postalMessage = postalError
    ? t(postalError.code === 'required' ? 'search.errors.postalCodeRequired' : postalError.code === 'invalid-format' ? 'search.errors.postalCodeFormat' : 'search.errors.postalCodeUnknown')
    : undefined;

  return (
    <>
      <PageHeading>{t('services.title')}</PageHeading>
      <p>{t('services.intro')}</p>
      <form role="search" onSubmit={submit} aria-label={t('search.label')}>
        <Stack gap="s">
          <Cluster gap="s" align="end">
            <TextField
              label={t('search.label')}
              hint={t('search.hint')}
              type="search"
              name="q"
              width="medium"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
            />
            <Button type="submit" variant="primary">
              {t('search.submit')}
            </Button>
          </Cluster>
          <Cluster gap="s" align="end">
            <SelectField
              label={t('search.sort')}
              width="medium"
              value={state.sort || (state.q ? 'relevance' : 'name')}
              onChange={(event) => navigate({ ...state, sort: event.target.value as SearchState['sort'], postalCode: postalDraft })}
              options={(['relevance', 'name', 'distance'] as const).map((value) => ({ value, label: t(`search.sorts.${value}`) }))}
            />
            {state.sort === 'distance' && (
              <TextField
                label={t('search.postalCode')}
                hint={t('search.postalCodeHint')}
                error={postalMessage}
                inputMode="numeric"
                autoComplete="postal-code"
                width="short"
                value={postalDraft}
                onChange={(event) => setPostalDraft(event.target.value)}
              />
            )}
          </Cluster>
        </Stack>
      </form>

      {result?.suggestion && (
        <p data-testid="search-suggestion">
          {t('search.didYouMean')}{' '}
          <Button variant="secondary" onClick={() => navigate({ ...state, q: result.suggestion ?? '' })}>
            {result.suggestion}
          </Button>
        </p>
      )}

      {/* Filters beside the results on a wide screen, above them on a narrow one. */}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--lx-space-l)', alignItems: 'flex-start' }}>
        <section aria-labelledby="service-filters" style={{ flex: '1 1 15rem' }}>
          <h2 id="service-filters">{t('search.filters')}</h2>
          {result && <Facets result={result} state={state} navigate={navigate} />}
          {hasActiveFilters(state) && (
            <Button
              variant="secondary"
              onClick={() => navigate({ ...state, municipalityCodes: [], targetGroups: [], themes: [], providerTypes: [], channelTypes: [], freeOfCharge: false })}
            >
              {t('search.clearFilters')}
            </Button>
          )}
        </section>

        <section aria-labelledby="service-results" style={{ flex: '3 1 28rem', minWidth: 0 }}>
          <h2 id="service-results">{t('services.listTitle')}</h2>
          {/* Always in the page, so screen readers hear the new count when the search changes. */}
          <p role="status">{result ? t('services.count', { count: result.total }) : ''}</p>
          {search.status === 'loading' && <Skeleton lines={6} />}
          {search.status === 'error' && !postalError && <RequestError error={search.error} />}
          {result &&
            (hits.length === 0 ? (
              <Alert tone="info" title={t('services.empty')}>
                <p>{t('search.noResultsHelp')}</p>
              </Alert>
            ) : (
              <>
                <Stack as="ul" gap="m" data-testid="service-list">
                  {hits.map((hit) => (
                    <ServiceHit key={hit.service.id} hit={hit} href={to(`service/${hit.service.id}`)} />
                  ))}
                </Stack>
                <p>{t('search.shown', { shown: hits.length, total: result.total })}</p>
                {extra.error && <RequestError error={extra.error} />}
                {cursor && (
                  <Button onClick={loadMore} loading={extra.loading}>
                    {t('search.loadMore')}
                  </Button>
                )}
              </>
            ))}
        </section>
      </div>
    </>
  );
}

function ServiceHit({ hit, href }: { hit: Hit; href: string }) {
  const { t } = useTexts<typeof fi>('serviceTray');
  const { service } = hit;
  return (
    <li className="lx-panel">
      <h3 lang={service.name.language}>
        <Link href={href}>{service.name.text}</Link>
      </h3>
      <LanguageNote content={service.name.isFallback ? service.name : service.summary} />
      <p lang={service.summary.language}>{service.summary.text}</p>
      <p>
        {t('services.providedBy')} <span lang={service.organization.name.language}>{service.organization.name.text}</span>
        {' · '}
        {t(`providerType.${knownProviderType(service.organization.providerType)}`)}
        {service.chargeType === 'free' && ` · ${t('search.free')}`}
        {hit.distanceKm !== null && hit.distanceKm !== undefined && ` · ${t('search.distance', { km: hit.distanceKm.toFixed(1) })}`}
      </p>
    </li>
  );
}

function Facets({ result, state, navigate }: { result: Result; state: SearchState; navigate: (next: SearchState) => void }) {
  const { t } = useTexts<typeof fi>('serviceTray');
  const idBase = useId();
  return (
    <Stack gap="s">
      {result.facets.map((facet) => {
        if (facet.values.length === 0) return null;
        const legend = t(`search.facet.${facet.facet}`);
        if (facet.facet === 'freeOfCharge') {
          const value = facet.values[0]!;
          return (
            <fieldset key={facet.facet} className="lx-fieldset">
              <legend className="lx-field__label">{legend}</legend>
              <CheckboxField
                id={`${idBase}-free`}
                label={t('search.option', { label: t('search.free'), count: value.count })}
                checked={state.freeOfCharge}
                onChange={(event) => navigate({ ...state, freeOfCharge: event.target.checked })}
              />
            </fieldset>
          );
        }
        const filter = facetFilters[facet.facet];
        return (
          <fieldset key={facet.facet} className="lx-fieldset">
            <legend className="lx-field__label">{legend}</legend>
            {facet.values.map((value, index) => {
              const label =
                facet.facet === 'providerType'
                  ? t(`providerType.${knownProviderType(value.value)}`)
                  : facet.facet === 'channelType'
                    ? t(`channelType.${knownChannelType(value.value)}`)
                    : (value.label?.text ?? value.value);
              return (
                <CheckboxField
                  key={value.value}
                  id={`${idBase}-${facet.facet}-${index}`}
                  label={<span lang={value.label?.language}>{t('search.option', { label, count: value.count })}</span>}
                  checked={state[filter].includes(value.value)}
                  onChange={(event) => navigate({ ...state, [filter]: toggle(state[filter], value.value, event.target.checked) })}
                />
              );
            })}
          </fieldset>
        );
      })}
    </Stack>
  );
}
