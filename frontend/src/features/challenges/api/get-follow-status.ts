import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { FollowStatus } from '@/types/api';

import { challengeKeys } from './keys';

/** GET /api/challenges/{id}/follow: whether the signed-in lab follows the challenge. */
export const getFollowStatus = (challengeId: string) =>
  api.get<FollowStatus>(`/api/challenges/${encodeURIComponent(challengeId)}/follow`);

export const followStatusQueryOptions = (challengeId: string) =>
  queryOptions({ queryKey: challengeKeys.follow(challengeId), queryFn: () => getFollowStatus(challengeId) });

export const useFollowStatus = (challengeId: string, options: { enabled?: boolean } = {}) =>
  useQuery({ ...followStatusQueryOptions(challengeId), enabled: options.enabled ?? true });
