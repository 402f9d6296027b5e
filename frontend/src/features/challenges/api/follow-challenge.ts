import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { FollowStatus } from '@/types/api';

import { challengeKeys } from './keys';

const followPath = (challengeId: string) => `/api/challenges/${encodeURIComponent(challengeId)}/follow`;

/** POST /api/challenges/{id}/follow: the lab follows a challenge, to be told about new answers. */
export const followChallenge = (challengeId: string) => api.post<FollowStatus>(followPath(challengeId));

/** DELETE /api/challenges/{id}/follow: stops following (not following is no failure). */
export const unfollowChallenge = (challengeId: string) => api.delete<void>(followPath(challengeId));

/** Follows (`true`) or unfollows (`false`) a challenge, keeping the button and the followed list in step. */
export function useSetFollowing(challengeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (follow: boolean): Promise<FollowStatus> =>
      follow ? followChallenge(challengeId) : unfollowChallenge(challengeId).then(() => ({ challengeId, following: false, followedAt: null })),
    onSuccess: (status) => {
      queryClient.setQueryData(challengeKeys.follow(challengeId), status);
      void queryClient.invalidateQueries({ queryKey: challengeKeys.follows() });
    },
  });
}
