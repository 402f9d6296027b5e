import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { DashboardView } from '@/types/api';

import { statsKeys } from './keys';

/** GET /api/admin/dashboard: the administrators' figures, charts' data and red flags. */
export const getDashboard = () => api.get<DashboardView>('/api/admin/dashboard');

export const dashboardQueryOptions = () => queryOptions({ queryKey: statsKeys.dashboard(), queryFn: getDashboard, staleTime: 30_000 });

export const useDashboard = () => useQuery(dashboardQueryOptions());
