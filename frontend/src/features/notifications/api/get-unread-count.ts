import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import { notificationKeys } from './keys';

/** GET /api/notifications/unread-count: the number on the bell. */
export const getUnreadCount = () => api.get<{ count: number }>('/api/notifications/unread-count');

export const unreadCountQueryOptions = () =>
  queryOptions({ queryKey: notificationKeys.unread(), queryFn: getUnreadCount, staleTime: 60_000, refetchInterval: 5 * 60_000 });

export const useUnreadCount = (options: { enabled?: boolean } = {}) =>
  useQuery({ ...unreadCountQueryOptions(), enabled: options.enabled ?? true });
