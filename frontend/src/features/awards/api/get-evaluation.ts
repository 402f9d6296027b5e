import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { EvaluationView } from '@/types/api';

import { awardKeys } from './keys';

/** GET /api/admin/challenges/{id}/evaluation: the evaluation workspace of a closed challenge. */
export const getEvaluation = (challengeId: string) =>
  api.get<EvaluationView>(`/api/admin/challenges/${encodeURIComponent(challengeId)}/evaluation`);

export const evaluationQueryOptions = (challengeId: string) =>
  queryOptions({
    queryKey: awardKeys.evaluation(challengeId),
    queryFn: () => getEvaluation(challengeId),
    // Reviewers score and objections arrive while an administrator watches the workspace.
    refetchInterval: 20_000,
  });

export const useEvaluation = (challengeId: string) => useQuery(evaluationQueryOptions(challengeId));
