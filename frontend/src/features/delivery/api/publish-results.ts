import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ResultView } from '@/types/api';

import { AFFECTED_KEYS, deliveryKeys } from './keys';

export type ResultsRequest = { title: string; summary: string; outcomes?: string };

/** POST /api/challenges/{id}/results: the firm or the lab publishes (or revises) the results summary of a completed challenge. */
export const publishResults = (challengeId: string, request: ResultsRequest) =>
  api.post<ResultView>(`/api/challenges/${encodeURIComponent(challengeId)}/results`, request);

export function usePublishResults(challengeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ResultsRequest) => publishResults(challengeId, request),
    onSuccess: (result) => {
      queryClient.setQueryData(deliveryKeys.challengeResult(challengeId), result);
      queryClient.setQueryData(deliveryKeys.result(result.id), result);
      void queryClient.invalidateQueries({ queryKey: [...deliveryKeys.all, 'results'] });
      void queryClient.invalidateQueries({ queryKey: AFFECTED_KEYS[2] });
    },
  });
}
