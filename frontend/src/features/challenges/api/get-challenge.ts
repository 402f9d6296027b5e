import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ChallengeView } from '@/types/api';

import { challengeKeys } from './keys';

/** GET /api/challenges/{id}: what this viewer may see of one challenge, with the actions open to them. */
export const getChallenge = (id: string) => api.get<ChallengeView>(`/api/challenges/${encodeURIComponent(id)}`);

export const challengeQueryOptions = (id: string) =>
  queryOptions({
    queryKey: challengeKeys.detail(id),
    queryFn: () => getChallenge(id),
    staleTime: 5_000,
  });

export const useChallenge = (id: string, options: { enabled?: boolean } = {}) =>
  useQuery({ ...challengeQueryOptions(id), enabled: options.enabled ?? true });
