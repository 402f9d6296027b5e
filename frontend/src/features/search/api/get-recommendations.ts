import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ChallengeRecommendation } from '@/types/api';

import { searchKeys } from './keys';

/** GET /api/my/recommendations: challenges recommended for the signed-in lab, with why (LAB only). */
export const getRecommendations = (limit: number) =>
  api.get<{ items: ChallengeRecommendation[] }>('/api/my/recommendations', { params: { limit } });

export const recommendationsQueryOptions = (limit: number) =>
  queryOptions({ queryKey: searchKeys.recommendations(limit), queryFn: () => getRecommendations(limit), staleTime: 60_000 });

export const useRecommendations = (limit = 20) => useQuery(recommendationsQueryOptions(limit));
