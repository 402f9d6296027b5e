import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { MilestoneView } from '@/types/api';

import { useMilestoneUpdate } from './use-milestone-update';

/** POST /api/milestones/{id}/return: the firm asks for a revision, with comments (required). */
export const returnMilestone = (milestoneId: string, comments: string) =>
  api.post<MilestoneView>(`/api/milestones/${encodeURIComponent(milestoneId)}/return`, { comments });

export function useReturnMilestone(challengeId: string) {
  const update = useMilestoneUpdate(challengeId);
  return useMutation({
    mutationFn: ({ milestoneId, comments }: { milestoneId: string; comments: string }) => returnMilestone(milestoneId, comments),
    onSuccess: update,
  });
}
