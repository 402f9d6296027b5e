import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { LabProfileView } from '@/types/api';

import { labKeys } from './keys';

/** GET /api/labs/{id}: one lab's public capability profile. */
export const getLab = (id: string) => api.get<LabProfileView>(`/api/labs/${encodeURIComponent(id)}`);

export const labQueryOptions = (id: string) => queryOptions({ queryKey: labKeys.detail(id), queryFn: () => getLab(id) });

export const useLab = (id: string) => useQuery(labQueryOptions(id));
