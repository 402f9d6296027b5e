import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ChallengeSummaryView, Page } from '@/types/api';

import { challengeKeys } from './keys';

/** GET /api/admin/review-queue: submitted challenges, oldest submission first. */
export const getReviewQueue = (page: number, size = 20) =>
  api.get<Page<ChallengeSummaryView>>('/api/admin/review-queue', { params: { page, size } });

export const reviewQueueQueryOptions = (page: number) =>
  queryOptions({
    queryKey: challengeKeys.reviewQueue(page),
    queryFn: () => getReviewQueue(page),
    placeholderData: keepPreviousData,
  });

export const useReviewQueue = (page: number) => useQuery(reviewQueueQueryOptions(page));
