import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ResultView } from '@/types/api';

import { deliveryKeys } from './keys';

/** GET /api/results/{id}: one results summary. */
export const getResult = (id: string) => api.get<ResultView>(`/api/results/${encodeURIComponent(id)}`);

export const resultQueryOptions = (id: string) => queryOptions({ queryKey: deliveryKeys.result(id), queryFn: () => getResult(id) });

export const useResult = (id: string) => useQuery(resultQueryOptions(id));
