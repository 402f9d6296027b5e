import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ObjectionView } from '@/types/api';

import { AFFECTED_KEYS, awardKeys } from './keys';

export type ObjectionAnswerRequest = { decision: 'UPHELD' | 'DISMISSED'; answer: string };

/** POST /api/admin/objections/{id}/answer: upholds (withdraws the proposal) or dismisses an objection. */
export const answerObjection = (objectionId: string, request: ObjectionAnswerRequest) =>
  api.post<ObjectionView>(`/api/admin/objections/${encodeURIComponent(objectionId)}/answer`, request);

export function useAnswerObjection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ objectionId, request }: { objectionId: string; request: ObjectionAnswerRequest }) =>
      answerObjection(objectionId, request),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: awardKeys.all });
      AFFECTED_KEYS.forEach((queryKey) => void queryClient.invalidateQueries({ queryKey }));
    },
  });
}
