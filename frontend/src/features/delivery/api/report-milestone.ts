import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { MilestoneView } from '@/types/api';

import { useMilestoneUpdate } from './use-milestone-update';

export type MilestoneReportRequest = { text: string; evidenceLinks: string[] };

/** POST /api/milestones/{id}/report: the winning lab reports a planned or returned milestone. */
export const reportMilestone = (milestoneId: string, request: MilestoneReportRequest) =>
  api.post<MilestoneView>(`/api/milestones/${encodeURIComponent(milestoneId)}/report`, request);

export function useReportMilestone(challengeId: string) {
  const update = useMilestoneUpdate(challengeId);
  return useMutation({
    mutationFn: ({ milestoneId, request }: { milestoneId: string; request: MilestoneReportRequest }) => reportMilestone(milestoneId, request),
    onSuccess: update,
  });
}
