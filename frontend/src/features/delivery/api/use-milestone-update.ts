import { useQueryClient } from '@tanstack/react-query';

import type { DeliveryView, MilestoneView } from '@/types/api';

import { AFFECTED_KEYS, deliveryKeys } from './keys';

/**
 * After a milestone changed: puts the new milestone into its delivery's cache at once, then refetches the
 * delivery (its totals and the challenge's state may have moved too) and what depends on it.
 */
export function useMilestoneUpdate(challengeId: string) {
  const queryClient = useQueryClient();
  return (milestone: MilestoneView) => {
    queryClient.setQueryData<DeliveryView>(deliveryKeys.challenge(challengeId), (delivery) =>
      delivery ? { ...delivery, milestones: delivery.milestones.map((m) => (m.id === milestone.id ? milestone : m)) } : delivery,
    );
    void queryClient.invalidateQueries({ queryKey: deliveryKeys.all });
    for (const key of AFFECTED_KEYS) {
      void queryClient.invalidateQueries({ queryKey: key });
    }
  };
}
