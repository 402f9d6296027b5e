import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ReviewerView } from '@/types/api';

import { awardKeys } from './keys';

/** POST /api/admin/challenges/{id}/reviewers: adds reviewers to the panel (recusal is decided by the server). */
export const assignReviewers = (challengeId: string, reviewerIds: string[]) =>
  api.post<ReviewerView[]>(`/api/admin/challenges/${encodeURIComponent(challengeId)}/reviewers`, { reviewerIds });

export function useAssignReviewers(challengeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reviewerIds: string[]) => assignReviewers(challengeId, reviewerIds),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: awardKeys.evaluation(challengeId) }),
  });
}
