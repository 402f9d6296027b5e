import { wanToYuan } from '@/lib/format';
import { dayBoundary } from '@/lib/time';
import { CHALLENGE_TYPES, PUBLIC_CHALLENGE_STATUSES, type ChallengeStatus, type ChallengeType } from '@/types/api';

import type { ChallengeQuery, ChallengeSort } from '../api/get-challenges';

export const CHALLENGE_SORTS: ChallengeSort[] = ['NEWEST', 'DEADLINE', 'BOUNTY'];
export const CHALLENGE_PAGE_SIZE = 12;

/** The challenge list as the URL keeps it: amounts in 万元, deadlines as Beijing calendar days. */
export type ChallengeListState = {
  q: string;
  chain?: string;
  type?: ChallengeType;
  region?: string;
  status: ChallengeStatus[];
  minWan?: string;
  maxWan?: string;
  from?: string;
  to?: string;
  open: boolean;
  sort: ChallengeSort;
  page: number;
};

export const EMPTY_LIST_STATE: ChallengeListState = { q: '', status: [], open: false, sort: 'NEWEST', page: 1 };

const text = (params: URLSearchParams, key: string) => params.get(key)?.trim() || undefined;
const day = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
const wan = (value: string | undefined) => (value && wanToYuan(value) !== undefined ? value : undefined);

/** Reads the list state from the query string, ignoring anything malformed. */
export function readListState(params: URLSearchParams): ChallengeListState {
  const type = text(params, 'type');
  const sort = text(params, 'sort');
  const page = Number(params.get('page'));
  return {
    q: text(params, 'q') ?? '',
    chain: text(params, 'chain'),
    type: (CHALLENGE_TYPES as readonly string[]).includes(type ?? '') ? (type as ChallengeType) : undefined,
    region: text(params, 'region'),
    status: (text(params, 'status') ?? '')
      .split(',')
      .filter((status): status is ChallengeStatus => (PUBLIC_CHALLENGE_STATUSES as string[]).includes(status)),
    minWan: wan(text(params, 'minWan')),
    maxWan: wan(text(params, 'maxWan')),
    from: day(text(params, 'from')),
    to: day(text(params, 'to')),
    open: params.get('open') === '1',
    sort: CHALLENGE_SORTS.includes(sort as ChallengeSort) ? (sort as ChallengeSort) : 'NEWEST',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Writes the list state into a query string, leaving out defaults so that links stay short. */
export function writeListState(state: ChallengeListState): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | undefined) => value && params.set(key, value);
  set('q', state.q.trim());
  set('chain', state.chain);
  set('type', state.type);
  set('region', state.region);
  set('status', state.status.join(','));
  set('minWan', state.minWan);
  set('maxWan', state.maxWan);
  set('from', state.from);
  set('to', state.to);
  set('open', state.open ? '1' : undefined);
  set('sort', state.sort === 'NEWEST' ? undefined : state.sort);
  set('page', state.page > 1 ? String(state.page) : undefined);
  return params;
}

/** The API query for a list state: 万元 → yuan, days → instants (start of `from`, end of `to`, Beijing time). */
export function toChallengeQuery(state: ChallengeListState, size = CHALLENGE_PAGE_SIZE): ChallengeQuery {
  return {
    q: state.q.trim() || undefined,
    chain: state.chain,
    type: state.type,
    region: state.region,
    status: state.status.length > 0 ? state.status.join(',') : undefined,
    minBounty: wanToYuan(state.minWan),
    maxBounty: wanToYuan(state.maxWan),
    deadlineFrom: state.from ? dayBoundary(state.from, 'start') : undefined,
    deadlineTo: state.to ? dayBoundary(state.to, 'end') : undefined,
    open: state.open || undefined,
    sort: state.sort,
    page: state.page,
    size,
  };
}

/** Whether any filter narrows the list (for the "reset" button and the empty-state text). */
export const hasFilters = (state: ChallengeListState) =>
  Boolean(
    state.q.trim() ||
      state.chain ||
      state.type ||
      state.region ||
      state.status.length ||
      state.minWan ||
      state.maxWan ||
      state.from ||
      state.to ||
      state.open,
  );
