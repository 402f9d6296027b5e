import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { MyReviewView } from '@/types/api';

import { awardKeys } from './keys';

/** GET /api/my/reviews: the reviewer's assignments, newest first. */
export const getMyReviews = () => api.get<MyReviewView[]>('/api/my/reviews');

export const myReviewsQueryOptions = () => queryOptions({ queryKey: awardKeys.myReviews(), queryFn: getMyReviews });

export const useMyReviews = () => useQuery(myReviewsQueryOptions());
