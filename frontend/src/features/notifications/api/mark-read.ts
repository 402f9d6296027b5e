import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { NotificationView, Page } from '@/types/api';

import { notificationKeys } from './keys';

/** POST /api/notifications/{id}/read. */
export const markRead = (id: number) => api.post<void>(`/api/notifications/${id}/read`);

/** POST /api/notifications/read-all. */
export const markAllRead = () => api.post<void>('/api/notifications/read-all');

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSuccess: (_, id) => {
      const now = new Date().toISOString();
      queryClient.setQueryData<Page<NotificationView>>(notificationKeys.list(), (page) =>
        page && { ...page, items: page.items.map((item) => (item.id === id && !item.readAt ? { ...item, readAt: now } : item)) },
      );
      void queryClient.invalidateQueries({ queryKey: notificationKeys.unread() });
    },
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSuccess: () => {
      const now = new Date().toISOString();
      queryClient.setQueryData<Page<NotificationView>>(notificationKeys.list(), (page) =>
        page && { ...page, items: page.items.map((item) => (item.readAt ? item : { ...item, readAt: now })) },
      );
      queryClient.setQueryData(notificationKeys.unread(), { count: 0 });
    },
  });
}
