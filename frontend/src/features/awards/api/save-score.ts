import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { CriterionScore, ReviewBidsView, ScoreView } from '@/types/api';

import { awardKeys } from './keys';

/** The body of PUT /api/reviews/{challengeId}/bids/{bidId}/score: every criterion with a comment. */
export type ScoreRequest = {
  technicalMerit: CriterionScore;
  feasibility: CriterionScore;
  teamCapability: CriterionScore;
  costReasonableness: CriterionScore;
};

/** PUT /api/reviews/{challengeId}/bids/{bidId}/score: scores a bid, or replaces the reviewer's earlier score. */
export const saveScore = (challengeId: string, bidId: string, request: ScoreRequest) =>
  api.put<ScoreView>(`/api/reviews/${encodeURIComponent(challengeId)}/bids/${encodeURIComponent(bidId)}/score`, request);

export function useSaveScore(challengeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ bidId, request }: { bidId: string; request: ScoreRequest }) => saveScore(challengeId, bidId, request),
    onSuccess: (score) => {
      queryClient.setQueryData<ReviewBidsView>(awardKeys.reviewBids(challengeId), (view) =>
        view && { ...view, bids: view.bids.map((entry) => (entry.bid.id === score.bidId ? { ...entry, myScore: score } : entry)) },
      );
      void queryClient.invalidateQueries({ queryKey: awardKeys.myReviews() });
    },
  });
}
