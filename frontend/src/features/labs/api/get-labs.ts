import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { LabProfileView, Page } from '@/types/api';

import { labKeys, type LabQuery } from './keys';

/** GET /api/labs: the public lab directory, filtered and paged. */
export const getLabs = (query: LabQuery) => api.get<Page<LabProfileView>>('/api/labs', { params: query });

export const labsQueryOptions = (query: LabQuery) =>
  queryOptions({ queryKey: labKeys.list(query), queryFn: () => getLabs(query), placeholderData: keepPreviousData });

export const useLabs = (query: LabQuery) => useQuery(labsQueryOptions(query));
