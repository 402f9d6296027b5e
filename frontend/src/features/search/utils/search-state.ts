import { wanToYuan } from '@/lib/format';

import { SEARCH_SORTS, type ChallengeSearchQuery, type SearchSort } from '../api/search-challenges';

export const SEARCH_PAGE_SIZE = 10;
export const SEARCH_FACETS = ['chain', 'type', 'region', 'status'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/** The search page as the URL keeps it: facets repeat their key, amounts in 万元, deadlines as days, 1-based page. */
export type SearchState = {
  q: string;
  chain: string[];
  type: string[];
  region: string[];
  status: string[];
  minWan?: string;
  maxWan?: string;
  from?: string;
  to?: string;
  sort: SearchSort;
  page: number;
};

export const EMPTY_SEARCH_STATE: SearchState = { q: '', chain: [], type: [], region: [], status: [], sort: 'relevance', page: 1 };

const text = (params: URLSearchParams, key: string) => params.get(key)?.trim() || undefined;
const day = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
const wan = (value: string | undefined) => (value && wanToYuan(value) !== undefined ? value : undefined);
const values = (params: URLSearchParams, key: string) => [...new Set(params.getAll(key).map((value) => value.trim()).filter(Boolean))];

/** Reads the search state from the query string, ignoring anything malformed. */
export function readSearchState(params: URLSearchParams): SearchState {
  const sort = text(params, 'sort');
  const page = Number(params.get('page'));
  return {
    q: text(params, 'q') ?? '',
    chain: values(params, 'chain'),
    type: values(params, 'type'),
    region: values(params, 'region'),
    status: values(params, 'status'),
    minWan: wan(text(params, 'minWan')),
    maxWan: wan(text(params, 'maxWan')),
    from: day(text(params, 'from')),
    to: day(text(params, 'to')),
    sort: (SEARCH_SORTS as readonly string[]).includes(sort ?? '') ? (sort as SearchSort) : 'relevance',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Writes the search state into a query string, leaving out defaults so that links stay short. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | undefined) => value && params.set(key, value);
  set('q', state.q.trim());
  for (const facet of SEARCH_FACETS) {
    state[facet].forEach((value) => params.append(facet, value));
  }
  set('minWan', state.minWan);
  set('maxWan', state.maxWan);
  set('from', state.from);
  set('to', state.to);
  set('sort', state.sort === 'relevance' ? undefined : state.sort);
  set('page', state.page > 1 ? String(state.page) : undefined);
  return params;
}

/** The API query for a search state: 万元 → yuan. */
export const toSearchQuery = (state: SearchState, size = SEARCH_PAGE_SIZE): ChallengeSearchQuery => ({
  q: state.q.trim() || undefined,
  chain: state.chain,
  type: state.type,
  region: state.region,
  status: state.status,
  bountyMin: wanToYuan(state.minWan),
  bountyMax: wanToYuan(state.maxWan),
  deadlineFrom: state.from,
  deadlineTo: state.to,
  sort: state.sort,
  page: state.page,
  size,
});

/** Whether anything narrows the result (for the "reset" button). */
export const hasSearchFilters = (state: SearchState) =>
  Boolean(state.q.trim() || SEARCH_FACETS.some((facet) => state[facet].length > 0) || state.minWan || state.maxWan || state.from || state.to);
