import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { LabSearchResult } from '@/types/api';

import { labKeys } from './keys';

/** The parameters of GET /api/search/labs: lists repeat their key, 1-based page. */
export type LabSearchQuery = { q?: string; field: string[]; region: string[]; orgType: string[]; page: number; size: number };

/** GET /api/search/labs: full-text search over lab profiles with facet counts and highlights. */
export const searchLabs = (query: LabSearchQuery) => api.get<LabSearchResult>('/api/search/labs', { params: query });

export const labSearchQueryOptions = (query: LabSearchQuery) =>
  queryOptions({ queryKey: labKeys.search(query), queryFn: () => searchLabs(query), placeholderData: keepPreviousData });

export const useLabSearch = (query: LabSearchQuery) => useQuery(labSearchQueryOptions(query));
