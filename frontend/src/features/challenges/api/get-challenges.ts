import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ChallengeSummaryView, ChallengeType, Page } from '@/types/api';

import { challengeKeys } from './keys';

export type ChallengeSort = 'NEWEST' | 'DEADLINE' | 'BOUNTY';

/** The query parameters of GET /api/challenges (amounts in yuan, instants ISO). */
export type ChallengeQuery = {
  q?: string;
  chain?: string;
  type?: ChallengeType;
  region?: string;
  /** Comma-separated states. */
  status?: string;
  minBounty?: string;
  maxBounty?: string;
  deadlineFrom?: string;
  deadlineTo?: string;
  open?: boolean;
  sort?: ChallengeSort;
  page?: number;
  size?: number;
};

/** GET /api/challenges: published challenges, filtered, sorted and paged. */
export const getChallenges = (query: ChallengeQuery) =>
  api.get<Page<ChallengeSummaryView>>('/api/challenges', { params: { ...query, open: query.open || undefined } });

export const challengesQueryOptions = (query: ChallengeQuery) =>
  queryOptions({
    queryKey: challengeKeys.list(query),
    queryFn: () => getChallenges(query),
    placeholderData: keepPreviousData,
  });

export const useChallenges = (query: ChallengeQuery) => useQuery(challengesQueryOptions(query));

