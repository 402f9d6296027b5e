import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { MyReviewView } from '@/types/api';

import { awardKeys } from './keys';

export type ConflictDeclarationRequest = { hasConflict: boolean; statement?: string | null };

/** POST /api/reviews/{challengeId}/conflict: the declaration every reviewer makes before seeing a bid. */
export const declareConflict = (challengeId: string, request: ConflictDeclarationRequest) =>
  api.post<MyReviewView>(`/api/reviews/${encodeURIComponent(challengeId)}/conflict`, request);

export function useDeclareConflict(challengeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ConflictDeclarationRequest) => declareConflict(challengeId, request),
    onSuccess: (review) => {
      queryClient.setQueryData<MyReviewView[]>(awardKeys.myReviews(), (reviews) =>
        reviews?.map((candidate) => (candidate.challenge.id === challengeId ? review : candidate)),
      );
      void queryClient.invalidateQueries({ queryKey: awardKeys.myReviews() });
    },
  });
}
