import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ClarificationView } from '@/types/api';

import type { AmendmentRequest } from './challenge-decisions';
import { challengeKeys } from './keys';

/** The changes an answer makes to the terms: an amendment's fields without a reason (the question is the reason). */
export type TermsAmendment = Omit<AmendmentRequest, 'reason'>;

/** The body of POST /api/clarifications/{id}/answer; `amendment` exactly when `changesTerms` (administrators only). */
export type AnswerRequest = { answer: string; changesTerms: boolean; amendment?: TermsAmendment };

/** POST /api/clarifications/{id}/answer: the firm's or an administrator's answer, given once. */
export const answerClarification = (id: string, request: AnswerRequest) =>
  api.post<ClarificationView>(`/api/clarifications/${encodeURIComponent(id)}/answer`, request);

export function useAnswerClarification(challengeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: AnswerRequest }) => answerClarification(id, request),
    onSuccess: (view, { request }) => {
      queryClient.setQueryData<ClarificationView[]>(challengeKeys.clarifications(challengeId), (list) =>
        list?.map((item) => (item.id === view.id ? view : item)),
      );
      // An answer that changes the terms amended the challenge (deadline, notices, reconfirmation).
      void queryClient.invalidateQueries({ queryKey: request.changesTerms ? challengeKeys.all : challengeKeys.clarifications(challengeId) });
    },
  });
}
