import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { BidView, VerificationView } from '@/types/api';

import { bidKeys } from './keys';

/** GET /api/challenges/{id}/bids: the opened bids of a closed challenge (its firm and administrators). */
export const getChallengeBids = (challengeId: string) =>
  api.get<BidView[]>(`/api/challenges/${encodeURIComponent(challengeId)}/bids`);

export const challengeBidsQueryOptions = (challengeId: string) =>
  queryOptions({ queryKey: bidKeys.forChallenge(challengeId), queryFn: () => getChallengeBids(challengeId) });

export const useChallengeBids = (challengeId: string, options: { enabled?: boolean } = {}) =>
  useQuery({ ...challengeBidsQueryOptions(challengeId), enabled: options.enabled ?? true });

/** GET /api/bids/{id}/verify: recomputes an opened bid's commitment and compares it with its receipt. */
export const verifyBid = (bidId: string) => api.get<VerificationView>(`/api/bids/${encodeURIComponent(bidId)}/verify`);

export const useVerifyBid = () => useMutation({ mutationFn: verifyBid });
