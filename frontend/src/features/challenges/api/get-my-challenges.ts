import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ChallengeStatus, ChallengeSummaryView, Page } from '@/types/api';

import { challengeKeys } from './keys';

export type MyChallengesQuery = { status?: ChallengeStatus; page?: number; size?: number };

/** GET /api/my/challenges: the signed-in firm's challenges in every state. */
export const getMyChallenges = (query: MyChallengesQuery) =>
  api.get<Page<ChallengeSummaryView>>('/api/my/challenges', { params: query });

export const myChallengesQueryOptions = (query: MyChallengesQuery) =>
  queryOptions({
    queryKey: challengeKeys.mine(query),
    queryFn: () => getMyChallenges(query),
    placeholderData: keepPreviousData,
  });

export const useMyChallenges = (query: MyChallengesQuery) => useQuery(myChallengesQueryOptions(query));
