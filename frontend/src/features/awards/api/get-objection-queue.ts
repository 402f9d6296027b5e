import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ObjectionStatus, ObjectionView, Page } from '@/types/api';

import { awardKeys } from './keys';

export const OBJECTION_PAGE_SIZE = 20;

/** GET /api/admin/objections: the objection queue, oldest first, optionally of one state. */
export const getObjectionQueue = (status: ObjectionStatus | undefined, page: number) =>
  api.get<Page<ObjectionView>>('/api/admin/objections', { params: { status, page, size: OBJECTION_PAGE_SIZE } });

export const objectionQueueQueryOptions = (status: ObjectionStatus | undefined, page: number) =>
  queryOptions({
    queryKey: awardKeys.objections(status, page),
    queryFn: () => getObjectionQueue(status, page),
    placeholderData: keepPreviousData,
  });

export const useObjectionQueue = (status: ObjectionStatus | undefined, page: number) =>
  useQuery(objectionQueueQueryOptions(status, page));
