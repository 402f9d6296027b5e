import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { FollowView } from '@/types/api';

import { challengeKeys } from './keys';

/** GET /api/my/follows: the lab's followed challenges that are still public, most recently followed first. */
export const getMyFollows = () => api.get<FollowView[]>('/api/my/follows');

export const myFollowsQueryOptions = () => queryOptions({ queryKey: challengeKeys.follows(), queryFn: getMyFollows });

export const useMyFollows = () => useQuery(myFollowsQueryOptions());
