import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { AwardView } from '@/types/api';

import { AFFECTED_KEYS, awardKeys } from './keys';

const challengePath = (challengeId: string, action: string) => `/api/admin/challenges/${encodeURIComponent(challengeId)}/${action}`;

/** POST /api/admin/challenges/{id}/award: proposes the award to one bid and opens the announcement (公示). */
export const proposeAward = (challengeId: string, request: { bidId: string; rationale: string }) =>
  api.post<AwardView>(challengePath(challengeId, 'award'), request);

/** POST /api/admin/challenges/{id}/unaward: declares the challenge unawarded (流榜), with a reason. */
export const declareUnawarded = (challengeId: string, reason: string) =>
  api.post<AwardView>(challengePath(challengeId, 'unaward'), { reason });

/** POST /api/admin/challenges/{id}/confirm: confirms the proposed award after the period, with nothing pending. */
export const confirmAward = (challengeId: string) => api.post<AwardView>(challengePath(challengeId, 'confirm'));

function useAwardRefresh(challengeId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: awardKeys.all });
    AFFECTED_KEYS.forEach((queryKey) => void queryClient.invalidateQueries({ queryKey }));
    void queryClient.invalidateQueries({ queryKey: awardKeys.evaluation(challengeId) });
  };
}

export function useProposeAward(challengeId: string) {
  const refresh = useAwardRefresh(challengeId);
  return useMutation({
    mutationFn: (request: { bidId: string; rationale: string }) => proposeAward(challengeId, request),
    onSuccess: refresh,
  });
}

export function useDeclareUnawarded(challengeId: string) {
  const refresh = useAwardRefresh(challengeId);
  return useMutation({ mutationFn: (reason: string) => declareUnawarded(challengeId, reason), onSuccess: refresh });
}

export function useConfirmAward(challengeId: string) {
  const refresh = useAwardRefresh(challengeId);
  // A refusal (objection filed meanwhile, period not over by the server's clock) also changes what to show.
  return useMutation({ mutationFn: () => confirmAward(challengeId), onSettled: refresh });
}
