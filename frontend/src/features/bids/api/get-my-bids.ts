import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { BidView } from '@/types/api';

import { bidKeys } from './keys';

/** GET /api/my/bids: every bid of the signed-in member's lab, drafts included. */
export const getMyBids = () => api.get<BidView[]>('/api/my/bids');

export const myBidsQueryOptions = () => queryOptions({ queryKey: bidKeys.mine(), queryFn: getMyBids, staleTime: 5_000 });

export const useMyBids = (options: { enabled?: boolean } = {}) => useQuery({ ...myBidsQueryOptions(), enabled: options.enabled ?? true });
