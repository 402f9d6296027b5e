import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ClarificationView } from '@/types/api';

import { challengeKeys } from './keys';

/** POST /api/challenges/{id}/clarifications: a lab's question while the challenge takes bids. */
export const askClarification = (challengeId: string, question: string) =>
  api.post<ClarificationView>(`/api/challenges/${encodeURIComponent(challengeId)}/clarifications`, { question });

export function useAskClarification(challengeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (question: string) => askClarification(challengeId, question),
    onSuccess: (view) => {
      queryClient.setQueryData<ClarificationView[]>(challengeKeys.clarifications(challengeId), (list) =>
        list ? [...list.filter((item) => item.id !== view.id), view] : [view],
      );
      void queryClient.invalidateQueries({ queryKey: challengeKeys.clarifications(challengeId) });
    },
  });
}
