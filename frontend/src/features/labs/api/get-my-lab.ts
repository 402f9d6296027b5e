import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { MyLabView } from '@/types/api';

import { labKeys } from './keys';

/** GET /api/my/lab: the signed-in member's lab, with its invitation code and the version to edit. */
export const getMyLab = () => api.get<MyLabView>('/api/my/lab');

export const myLabQueryOptions = () => queryOptions({ queryKey: labKeys.mine(), queryFn: getMyLab, staleTime: 0 });

export const useMyLab = () => useQuery(myLabQueryOptions());
