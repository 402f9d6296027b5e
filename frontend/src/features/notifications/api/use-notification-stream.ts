import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

import type { NotificationView, Page } from '@/types/api';

import { NOTIFICATION_PAGE_SIZE } from './get-notifications';
import { notificationKeys } from './keys';

const STREAM_URL = '/api/notifications/stream';
const MAX_BACKOFF_MS = 60_000;

/** Puts a notification that just arrived into the cached list and count (each id once). */
export function receiveNotification(
  queryClient: ReturnType<typeof useQueryClient>,
  notification: NotificationView,
): boolean {
  let added = true;
  queryClient.setQueryData<Page<NotificationView>>(notificationKeys.list(), (page) => {
    if (!page) {
      return page;
    }
    if (page.items.some((item) => item.id === notification.id)) {
      added = false;
      return page;
    }
    return { ...page, total: page.total + 1, items: [notification, ...page.items].slice(0, NOTIFICATION_PAGE_SIZE) };
  });
  if (added && !notification.readAt) {
    queryClient.setQueryData<{ count: number }>(notificationKeys.unread(), (unread) => ({ count: (unread?.count ?? 0) + 1 }));
  }
  return added;
}

/**
 * Listens to GET /api/notifications/stream (Server-Sent Events named "notification") while `enabled`.
 * The browser reconnects by itself after a dropped connection, sending Last-Event-ID so that the server
 * replays what was missed; when the browser gives up (the server answered an error), this reconnects
 * with growing pauses, resuming after the last id seen (`?after=`).
 */
export function useNotificationStream(enabled: boolean, onNotification?: (notification: NotificationView) => void) {
  const queryClient = useQueryClient();
  const callback = useRef(onNotification);
  useEffect(() => {
    callback.current = onNotification;
  });

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') {
      return undefined;
    }
    let source: EventSource | undefined;
    let lastId: string | undefined;
    let retry: number | undefined;
    let backoff = 2_000;
    let stopped = false;

    const connect = () => {
      const url = lastId ? `${STREAM_URL}?after=${encodeURIComponent(lastId)}` : STREAM_URL;
      source = new EventSource(url, { withCredentials: true });
      source.onopen = () => {
        backoff = 2_000;
      };
      source.addEventListener('notification', (event) => {
        const message = event as MessageEvent<string>;
        if (message.lastEventId) {
          lastId = message.lastEventId;
        }
        try {
          const notification = JSON.parse(message.data) as NotificationView;
          if (receiveNotification(queryClient, notification)) {
            callback.current?.(notification);
          }
        } catch {
          // A malformed event is skipped; the list catches up on the next fetch.
        }
      });
      source.onerror = () => {
        if (source?.readyState === EventSource.CLOSED && !stopped) {
          source.close();
          retry = window.setTimeout(connect, backoff);
          backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
          // While disconnected, the count may have moved on.
          void queryClient.invalidateQueries({ queryKey: notificationKeys.unread() });
        }
      };
    };

    connect();
    return () => {
      stopped = true;
      window.clearTimeout(retry);
      source?.close();
    };
  }, [enabled, queryClient]);
}
