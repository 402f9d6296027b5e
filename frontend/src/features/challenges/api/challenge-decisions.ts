import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ChallengeView, TechnicalIndicator } from '@/types/api';

import { useChallengeViewUpdate } from './save-challenge';

const path = (id: string, action: string) => `/api/challenges/${encodeURIComponent(id)}/${action}`;
const adminPath = (id: string, action: string) => `/api/admin/challenges/${encodeURIComponent(id)}/${action}`;

/** POST /api/challenges/{id}/cancel: the firm or an administrator cancels, with a reason. */
export const cancelChallenge = (id: string, reason: string) => api.post<ChallengeView>(path(id, 'cancel'), { reason });

/** POST /api/admin/challenges/{id}/approve: publishes a submitted challenge. */
export const approveChallenge = (id: string) => api.post<ChallengeView>(adminPath(id, 'approve'));

/** POST /api/admin/challenges/{id}/reject: sends it back to the firm with a reason. */
export const rejectChallenge = (id: string, reason: string) => api.post<ChallengeView>(adminPath(id, 'reject'), { reason });

/** The body of an amendment: the reason and only the fields that change. */
export type AmendmentRequest = {
  reason: string;
  title?: string;
  summary?: string;
  description?: string;
  technicalIndicators?: TechnicalIndicator[];
  requiredCapabilities?: string[];
  bounty?: string;
  bidDeadline?: string;
  deliveryMonths?: number;
  eligibilityText?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
};

/** POST /api/admin/challenges/{id}/amend: changes a published challenge, publicly noted. */
export const amendChallenge = (id: string, request: AmendmentRequest) =>
  api.post<ChallengeView>(adminPath(id, 'amend'), request);

export function useCancelChallenge() {
  const update = useChallengeViewUpdate();
  return useMutation({ mutationFn: ({ id, reason }: { id: string; reason: string }) => cancelChallenge(id, reason), onSuccess: update });
}

export function useApproveChallenge() {
  const update = useChallengeViewUpdate();
  return useMutation({ mutationFn: approveChallenge, onSuccess: update });
}

export function useRejectChallenge() {
  const update = useChallengeViewUpdate();
  return useMutation({ mutationFn: ({ id, reason }: { id: string; reason: string }) => rejectChallenge(id, reason), onSuccess: update });
}

export function useAmendChallenge() {
  const update = useChallengeViewUpdate();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: AmendmentRequest }) => amendChallenge(id, request),
    onSuccess: update,
  });
}
