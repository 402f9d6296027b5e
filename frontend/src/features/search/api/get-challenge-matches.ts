import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, isApiError } from '@/lib/api-client';
import type { LabMatch } from '@/types/api';

import { searchKeys } from './keys';

export const MATCH_LIMIT = 20;

/** GET /api/challenges/{id}/matches: labs recommended for a challenge, with why (its firm and administrators only). */
export const getChallengeMatches = (challengeId: string, limit = MATCH_LIMIT) =>
  api.get<{ items: LabMatch[] }>(`/api/challenges/${encodeURIComponent(challengeId)}/matches`, { params: { limit } });

export const challengeMatchesQueryOptions = (challengeId: string, limit = MATCH_LIMIT) =>
  queryOptions({
    queryKey: searchKeys.matches(challengeId, limit),
    queryFn: () => getChallengeMatches(challengeId, limit),
    // A refusal (401/403) is an answer, not a glitch to retry.
    retry: (failures, error) => !(isApiError(error) && error.status < 500) && failures < 2,
    staleTime: 60_000,
  });

export const useChallengeMatches = (challengeId: string, options: { enabled?: boolean } = {}) =>
  useQuery({ ...challengeMatchesQueryOptions(challengeId), enabled: options.enabled ?? true });
