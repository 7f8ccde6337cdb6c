/**
 * The search page's state lives in the URL (?q=…&m=049&tg=KR1.2&sort=distance&pc=02100), so a
 * reload, a shared link and the Back button all show the same search.
 */
export type SearchSortValue = 'relevance' | 'name' | 'distance';

export interface SearchState {
  q: string;
  municipalityCodes: string[];
  targetGroups: string[];
  themes: string[];
  providerTypes: string[];
  channelTypes: string[];
  freeOfCharge: boolean;
  /** '' is the default: relevance with words, name without. */
  sort: SearchSortValue | '';
  postalCode: string;
}

export type ListFilter = 'municipalityCodes' | 'targetGroups' | 'themes' | 'providerTypes' | 'channelTypes';

const listParams: Record<ListFilter, string> = {
  municipalityCodes: 'm',
  targetGroups: 'tg',
  themes: 'th',
  providerTypes: 'p',
  channelTypes: 'c',
};

const sorts: readonly SearchSortValue[] = ['relevance', 'name', 'distance'];

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const list = (key: string) => params.getAll(key).filter((v) => v !== '').slice(0, 20);
  const sort = params.get('sort') ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    municipalityCodes: list(listParams.municipalityCodes),
    targetGroups: list(listParams.targetGroups),
    themes: list(listParams.themes),
    providerTypes: list(listParams.providerTypes),
    channelTypes: list(listParams.channelTypes),
    freeOfCharge: params.get('free') === '1',
    sort: (sorts as readonly string[]).includes(sort) ? (sort as SearchSortValue) : '',
    postalCode: (params.get('pc') ?? '').slice(0, 10),
  };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  // The BFF looks at 200 characters at most; a pasted page of text need not fill the address.
  if (state.q.trim()) params.set('q', state.q.trim().slice(0, 200));
  for (const [key, param] of Object.entries(listParams) as [ListFilter, string][]) for (const value of state[key]) params.append(param, value);
  if (state.freeOfCharge) params.set('free', '1');
  if (state.sort) params.set('sort', state.sort);
  if (state.sort === 'distance' && state.postalCode.trim()) params.set('pc', state.postalCode.trim());
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasActiveFilters(state: SearchState): boolean {
  return state.freeOfCharge || (Object.keys(listParams) as ListFilter[]).some((key) => state[key].length > 0);
}

export function toggle(values: readonly string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...values, value])] : values.filter((v) => v !== value);
}
