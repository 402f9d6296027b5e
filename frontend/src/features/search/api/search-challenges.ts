import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ChallengeSearchResult } from '@/types/api';

import { searchKeys } from './keys';

export const SEARCH_SORTS = ['relevance', 'deadline', 'bounty', 'newest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** The parameters of GET /api/search/challenges: lists repeat their key, amounts in yuan, days as yyyy-MM-dd, 1-based page. */
export type ChallengeSearchQuery = {
  q?: string;
  chain: string[];
  type: string[];
  region: string[];
  status: string[];
  bountyMin?: string;
  bountyMax?: string;
  deadlineFrom?: string;
  deadlineTo?: string;
  sort: SearchSort;
  page: number;
  size: number;
};

/** GET /api/search/challenges: full-text search over public challenges with facet counts and highlights. */
export const searchChallenges = (query: ChallengeSearchQuery) =>
  api.get<ChallengeSearchResult>('/api/search/challenges', { params: query });

export const challengeSearchQueryOptions = (query: ChallengeSearchQuery) =>
  queryOptions({
    queryKey: searchKeys.challenges(query),
    queryFn: () => searchChallenges(query),
    placeholderData: keepPreviousData,
  });

export const useChallengeSearch = (query: ChallengeSearchQuery) => useQuery(challengeSearchQueryOptions(query));
