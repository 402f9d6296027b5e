import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { BidEvaluationView } from '@/types/api';

import { awardKeys } from './keys';

/** GET /api/bids/{id}/evaluation: the lab's own scores and comments, reviewers anonymized, after the award. */
export const getBidEvaluation = (bidId: string) => api.get<BidEvaluationView>(`/api/bids/${encodeURIComponent(bidId)}/evaluation`);

export const bidEvaluationQueryOptions = (bidId: string) =>
  queryOptions({ queryKey: awardKeys.bidEvaluation(bidId), queryFn: () => getBidEvaluation(bidId) });

export const useBidEvaluation = (bidId: string) => useQuery(bidEvaluationQueryOptions(bidId));
