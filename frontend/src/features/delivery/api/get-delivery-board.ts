import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { DeliveryView } from '@/types/api';

import { deliveryKeys } from './keys';

/** GET /api/admin/delivery: every delivery under way, those with overdue milestones first. */
export const getDeliveryBoard = () => api.get<DeliveryView[]>('/api/admin/delivery');

export const deliveryBoardQueryOptions = () => queryOptions({ queryKey: deliveryKeys.board(), queryFn: getDeliveryBoard });

export const useDeliveryBoard = () => useQuery(deliveryBoardQueryOptions());
