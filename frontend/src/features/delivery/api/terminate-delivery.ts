import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { DeliveryView } from '@/types/api';

import { AFFECTED_KEYS, deliveryKeys } from './keys';

export type TerminateRequest = { reason: string; dueDiligence: boolean };

/** POST /api/admin/challenges/{id}/terminate: an administrator ends an awarded or running delivery. */
export const terminateDelivery = (challengeId: string, request: TerminateRequest) =>
  api.post<DeliveryView>(`/api/admin/challenges/${encodeURIComponent(challengeId)}/terminate`, request);

export function useTerminateDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ challengeId, request }: { challengeId: string; request: TerminateRequest }) => terminateDelivery(challengeId, request),
    onSuccess: (view) => {
      queryClient.setQueryData(deliveryKeys.challenge(view.challengeId), view);
      void queryClient.invalidateQueries({ queryKey: deliveryKeys.all });
      for (const key of AFFECTED_KEYS) {
        void queryClient.invalidateQueries({ queryKey: key });
      }
    },
  });
}
