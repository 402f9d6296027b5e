import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { OrganizationType } from '@/lib/auth';
import type { ChallengeType, ChallengeView, IpTerms, Rubric, TechnicalIndicator } from '@/types/api';

import { challengeKeys } from './keys';

/** The body of POST /api/challenges and PUT /api/challenges/{id}; a draft may leave most fields empty. */
export type ChallengeRequest = {
  title: string;
  summary?: string | null;
  description?: string | null;
  technicalIndicators: TechnicalIndicator[];
  requiredCapabilities: string[];
  industryChain?: string | null;
  techFields: string[];
  challengeType?: ChallengeType | null;
  bounty?: string | null;
  bidDeadline?: string | null;
  deliveryMonths?: number | null;
  eligibility: { text?: string | null; organizationTypes: OrganizationType[]; regions: string[] };
  ipTerms?: IpTerms | null;
  province?: string | null;
  city?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  rubric?: Rubric | null;
  version?: number | null;
};

/** POST /api/challenges: a new draft (the idempotency key makes a repeated click harmless). */
export const createChallenge = (request: ChallengeRequest, idempotencyKey?: string) =>
  api.post<ChallengeView>('/api/challenges', request, {
    headers: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : undefined,
  });

/** PUT /api/challenges/{id}: replaces the content of a DRAFT or REJECTED challenge (needs review.version). */
export const updateChallenge = (id: string, request: ChallengeRequest) =>
  api.put<ChallengeView>(`/api/challenges/${encodeURIComponent(id)}`, request);

/** POST /api/challenges/{id}/submit: sends the stored content for review (400 lists missing fields). */
export const submitChallenge = (id: string) => api.post<ChallengeView>(`/api/challenges/${encodeURIComponent(id)}/submit`);

/**
 * Keeps the cached detail in step with a view the server answered (never replacing it with an older
 * version, e.g. from a read that was in flight during the write), and refreshes the lists.
 */
export function useChallengeViewUpdate() {
  const queryClient = useQueryClient();
  return (view: ChallengeView) => {
    void queryClient.cancelQueries({ queryKey: challengeKeys.detail(view.id) });
    queryClient.setQueryData<ChallengeView>(challengeKeys.detail(view.id), (cached) =>
      cached && (cached.review?.version ?? -1) > (view.review?.version ?? -1) ? cached : view,
    );
    void queryClient.invalidateQueries({ queryKey: challengeKeys.all, predicate: (query) => query.queryKey[1] !== 'detail' });
  };
}

export function useCreateChallenge() {
  const update = useChallengeViewUpdate();
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: { request: ChallengeRequest; idempotencyKey?: string }) =>
      createChallenge(request, idempotencyKey),
    onSuccess: update,
  });
}

export function useUpdateChallenge() {
  const update = useChallengeViewUpdate();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: ChallengeRequest }) => updateChallenge(id, request),
    onSuccess: update,
  });
}

export function useSubmitChallenge() {
  const update = useChallengeViewUpdate();
  return useMutation({ mutationFn: submitChallenge, onSuccess: update });
}
