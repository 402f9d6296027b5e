import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { DeliveryView } from '@/types/api';

import { deliveryKeys } from './keys';

/** GET /api/challenges/{id}/milestones: an awarded challenge's delivery, as the viewer may see it. */
export const getDelivery = (challengeId: string) =>
  api.get<DeliveryView>(`/api/challenges/${encodeURIComponent(challengeId)}/milestones`);

export const deliveryQueryOptions = (challengeId: string) =>
  queryOptions({ queryKey: deliveryKeys.challenge(challengeId), queryFn: () => getDelivery(challengeId) });

export const useDelivery = (challengeId: string, enabled = true) =>
  useQuery({ ...deliveryQueryOptions(challengeId), enabled: enabled && Boolean(challengeId) });
