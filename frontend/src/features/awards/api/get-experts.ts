import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ExpertView } from '@/types/api';

import { awardKeys } from './keys';

/** GET /api/admin/experts: the expert pool (专家库). */
export const getExperts = () => api.get<ExpertView[]>('/api/admin/experts');

export const expertsQueryOptions = () => queryOptions({ queryKey: awardKeys.experts(), queryFn: getExperts });

export const useExperts = (options: { enabled?: boolean } = {}) => useQuery({ ...expertsQueryOptions(), enabled: options.enabled ?? true });
