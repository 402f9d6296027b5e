import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { MilestoneView } from '@/types/api';

import { useMilestoneUpdate } from './use-milestone-update';

/** POST /api/milestones/{id}/accept: the firm accepts a reported milestone; the last one completes the challenge. */
export const acceptMilestone = (milestoneId: string) =>
  api.post<MilestoneView>(`/api/milestones/${encodeURIComponent(milestoneId)}/accept`);

export function useAcceptMilestone(challengeId: string) {
  const update = useMilestoneUpdate(challengeId);
  return useMutation({ mutationFn: acceptMilestone, onSuccess: update });
}
