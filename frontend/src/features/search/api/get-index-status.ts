import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { SearchIndexStatus } from '@/types/api';

import { searchKeys } from './keys';

/** How often the status is asked again while a rebuild runs. */
export const REBUILD_POLL_MS = 1500;

export const isRebuilding = (status: SearchIndexStatus | undefined) => Boolean(status && (status.rebuild?.running || status.state === 'BUILDING'));

/** GET /api/admin/search/status: the index's state, sizes, outbox position and last rebuild (ADMIN). */
export const getIndexStatus = () => api.get<SearchIndexStatus>('/api/admin/search/status');

export const indexStatusQueryOptions = () =>
  queryOptions({
    queryKey: searchKeys.status(),
    queryFn: getIndexStatus,
    refetchInterval: (query) => (isRebuilding(query.state.data) ? REBUILD_POLL_MS : false),
  });

export const useIndexStatus = () => useQuery(indexStatusQueryOptions());
