import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { MilestoneView } from '@/types/api';

import { useMilestoneUpdate } from './use-milestone-update';

/** `paidOn` is a Beijing day "YYYY-MM-DD" (today when left out), never in the future. */
export type PaymentRequest = { amount: string; paidOn?: string; note?: string };

/** POST /api/milestones/{id}/payments: the firm or an administrator records a payment of an accepted milestone. */
export const recordPayment = (milestoneId: string, request: PaymentRequest) =>
  api.post<MilestoneView>(`/api/milestones/${encodeURIComponent(milestoneId)}/payments`, request);

export function useRecordPayment(challengeId: string) {
  const update = useMilestoneUpdate(challengeId);
  return useMutation({
    mutationFn: ({ milestoneId, request }: { milestoneId: string; request: PaymentRequest }) => recordPayment(milestoneId, request),
    onSuccess: update,
  });
}
