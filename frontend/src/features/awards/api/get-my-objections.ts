import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ObjectionView } from '@/types/api';

import { awardKeys } from './keys';

/** GET /api/my/objections: the objections the user filed, with their status and answers. */
export const getMyObjections = () => api.get<ObjectionView[]>('/api/my/objections');

export const myObjectionsQueryOptions = () => queryOptions({ queryKey: awardKeys.myObjections(), queryFn: getMyObjections });

export const useMyObjections = () => useQuery(myObjectionsQueryOptions());
