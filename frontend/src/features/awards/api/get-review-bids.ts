import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ReviewBidsView } from '@/types/api';

import { awardKeys } from './keys';

/** GET /api/reviews/{challengeId}/bids: the opened bids with the reviewer's own scores (after the declaration). */
export const getReviewBids = (challengeId: string) =>
  api.get<ReviewBidsView>(`/api/reviews/${encodeURIComponent(challengeId)}/bids`);

export const reviewBidsQueryOptions = (challengeId: string) =>
  queryOptions({ queryKey: awardKeys.reviewBids(challengeId), queryFn: () => getReviewBids(challengeId) });

export const useReviewBids = (challengeId: string, options: { enabled?: boolean } = {}) =>
  useQuery({ ...reviewBidsQueryOptions(challengeId), enabled: options.enabled ?? true });
