import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { Decimal } from '@/lib/format';

/** GET /api/stats/public: the live figures on the home page. */
export type PublicStats = {
  publishedChallenges: number;
  openChallenges: number;
  awardedChallenges: number;
  labs: number;
  organizations: number;
  /** Sum of the bounties of open challenges, CNY, as a decimal string. */
  openBounty: Decimal;
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
