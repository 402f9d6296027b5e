import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { BidView, Partner, PlannedMilestone, TeamMember } from '@/types/api';

import { bidKeys } from './keys';

/** The body of POST /api/challenges/{id}/bids and PUT /api/bids/{id}; a draft may be incomplete. */
export type BidRequest = {
  summary?: string | null;
  technicalApproach?: string | null;
  quotedAmount?: string | null;
  deliveryMonths?: number | null;
  team: TeamMember[];
  partners: Partner[];
  milestonePlan: PlannedMilestone[];
  conflictDeclaration?: string | null;
  conflictAffirmed: boolean;
  version?: number | null;
};

const bidPath = (id: string, action = '') => `/api/bids/${encodeURIComponent(id)}${action}`;

/** POST /api/challenges/{id}/bids: starts the lab's one bid on a challenge, as a draft. */
export const createBid = (challengeId: string, request: BidRequest) =>
  api.post<BidView>(`/api/challenges/${encodeURIComponent(challengeId)}/bids`, request);

/** PUT /api/bids/{id}: saves the bid; a submitted bid stays submitted and gets a new receipt. */
export const updateBid = (id: string, request: BidRequest) => api.put<BidView>(bidPath(id), request);

/** POST /api/bids/{id}/submit: submits (or reconfirms) the bid and records its SHA-256 commitment. */
export const submitBid = (id: string) => api.post<BidView>(bidPath(id, '/submit'));

/** POST /api/bids/{id}/withdraw: withdraws the bid before the deadline. */
export const withdrawBid = (id: string) => api.post<BidView>(bidPath(id, '/withdraw'));

function useBidRefresh() {
  const queryClient = useQueryClient();
  return (view: BidView) => {
    queryClient.setQueryData<BidView[]>(bidKeys.mine(), (bids) =>
      bids ? [view, ...bids.filter((bid) => bid.id !== view.id)] : bids,
    );
    void queryClient.invalidateQueries({ queryKey: bidKeys.all });
    // The challenge's bid count changes with a submission or withdrawal.
    void queryClient.invalidateQueries({ queryKey: ['challenges'] });
  };
}

export function useCreateBid() {
  const refresh = useBidRefresh();
  return useMutation({
    mutationFn: ({ challengeId, request }: { challengeId: string; request: BidRequest }) => createBid(challengeId, request),
    onSuccess: refresh,
  });
}

export function useUpdateBid() {
  const refresh = useBidRefresh();
  return useMutation({ mutationFn: ({ id, request }: { id: string; request: BidRequest }) => updateBid(id, request), onSuccess: refresh });
}

export function useSubmitBid() {
  const refresh = useBidRefresh();
  return useMutation({ mutationFn: submitBid, onSuccess: refresh });
}

export function useWithdrawBid() {
  const refresh = useBidRefresh();
  return useMutation({ mutationFn: withdrawBid, onSuccess: refresh });
}
