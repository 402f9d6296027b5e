import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { NotificationView, Page } from '@/types/api';

import { notificationKeys } from './keys';

export const NOTIFICATION_PAGE_SIZE = 20;

/** GET /api/notifications: the user's latest notifications, newest first. */
export const getNotifications = () =>
  api.get<Page<NotificationView>>('/api/notifications', { params: { page: 1, size: NOTIFICATION_PAGE_SIZE } });

export const notificationsQueryOptions = () => queryOptions({ queryKey: notificationKeys.list(), queryFn: getNotifications, staleTime: 60_000 });

export const useNotifications = (options: { enabled?: boolean } = {}) =>
  useQuery({ ...notificationsQueryOptions(), enabled: options.enabled ?? true });
