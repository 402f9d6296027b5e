import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { DecisionView } from '@/types/api';

import { awardKeys } from './keys';

export type ConsensusDecisionRequest = { adoptedScore: string; reasoning: string };

/** POST /api/admin/bids/{id}/consensus-decision: the separate decision on a non-consensus (flagged) bid. */
export const decideConsensus = (bidId: string, request: ConsensusDecisionRequest) =>
  api.post<DecisionView>(`/api/admin/bids/${encodeURIComponent(bidId)}/consensus-decision`, request);

export function useDecideConsensus(challengeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ bidId, request }: { bidId: string; request: ConsensusDecisionRequest }) => decideConsensus(bidId, request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: awardKeys.evaluation(challengeId) }),
  });
}
