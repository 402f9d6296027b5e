import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ChallengeSummaryView, Page } from '@/types/api';

import { awardKeys } from './keys';

/** States in which a challenge is in the administrators' hands for evaluation and award. */
export const EVALUATION_STATES = 'CLOSED,AWARD_PROPOSED';

export const EVALUATION_PAGE_SIZE = 20;

/** GET /api/challenges?status=CLOSED,AWARD_PROPOSED: challenges waiting for evaluation or confirmation. */
export const getEvaluationList = (page: number) =>
  api.get<Page<ChallengeSummaryView>>('/api/challenges', {
    params: { status: EVALUATION_STATES, sort: 'DEADLINE', page, size: EVALUATION_PAGE_SIZE },
  });

export const evaluationListQueryOptions = (page: number) =>
  queryOptions({ queryKey: awardKeys.evaluationList(page), queryFn: () => getEvaluationList(page), placeholderData: keepPreviousData });

export const useEvaluationList = (page: number) => useQuery(evaluationListQueryOptions(page));
