import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { Decimal } from '@/lib/format';
import type { ChainCount } from '@/types/api';

/** GET /api/stats/public: the live figures on the home page. */
export type PublicStats = {
  publishedChallenges: number;
  openChallenges: number;
  awardedChallenges: number;
  labs: number;
  organizations: number;
  /** Sum of the bounties of open challenges, CNY, as a decimal string. */
  openBounty: Decimal;
  /** Published challenges per industry chain, most first. */
  challengesByChain?: ChainCount[];
  /** Confirmed award amounts added up, CNY. */
  awardedBounty?: Decimal;
  /** Challenges delivered and accepted. */
  completedChallenges?: number;
  /** Results summaries on the public showcase. */
  completedResults?: number;
};

export const getPublicStats = () => api.get<PublicStats>('/api/stats/public');

export const publicStatsQueryOptions = () =>
  queryOptions({
    queryKey: ['stats', 'public'],
    queryFn: getPublicStats,
    staleTime: 60_000,
    refetchInterval: 120_000,
  });

export const usePublicStats = () => useQuery(publicStatsQueryOptions());
