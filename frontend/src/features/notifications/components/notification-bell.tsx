import { BellOutlined } from '@ant-design/icons';
import { App, Badge, Button, Empty, Popover, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { useUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import type { NotificationView } from '@/types/api';

import { useNotifications } from '../api/get-notifications';
import { useUnreadCount } from '../api/get-unread-count';
import { useMarkAllRead, useMarkRead } from '../api/mark-read';
import { useNotificationStream } from '../api/use-notification-stream';
import { notificationLink, notificationText } from '../utils/wording';

/**
 * The bell in the header of signed-in users: the unread count, the latest notifications in a pop-up,
 * mark read / all read, and live updates over Server-Sent Events (with a short toast for each).
 */
export function NotificationBell() {
  const { t } = useTranslation(['notifications', 'common']);
  const { notification: toast } = App.useApp();
  const navigate = useNavigate();
  const { data: user } = useUser();
  const signedIn = Boolean(user);
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount({ enabled: signedIn });
  const list = useNotifications({ enabled: signedIn && open });
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();

  useNotificationStream(signedIn, (notification) => {
    const link = notificationLink(notification.link, notification);
    toast.info({
      title: t('newNotification'),
      description: notificationText(notification, t),
      placement: 'bottomRight',
      duration: 6,
      onClick: link
        ? () => {
            markRead.mutate(notification.id);
            void navigate(link);
          }
        : undefined,
    });
  });

  if (!signedIn) {
    return null;
  }
  const count = unread.data?.count ?? 0;

  const openItem = (item: NotificationView) => {
    if (!item.readAt) {
      markRead.mutate(item.id);
    }
    const link = notificationLink(item.link, item);
    if (link) {
      setOpen(false);
      void navigate(link);
    }
  };

  const panel = (
    <div className="notification-panel" data-testid="notification-panel">
      <div className="notification-panel-head">
        <Typography.Text strong>{t('title')}</Typography.Text>
        <Button
          type="link"
          size="small"
          disabled={count === 0}
          loading={markAllRead.isPending}
          onClick={() => markAllRead.mutate()}
          data-testid="notification-read-all"
        >
          {t('readAll')}
        </Button>
      </div>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <div className="notification-panel-loading">
          <Spin />
        </div>
      ) : list.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} />
      ) : (
        <ul className="notification-list">
          {list.data.items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className={`notification-item${item.readAt ? '' : ' is-unread'}`}
                onClick={() => openItem(item)}
                data-testid="notification-item"
                data-kind={item.kind}
              >
                {!item.readAt && <span className="notification-dot" aria-label={t('unread')} />}
                <span className="notification-text">{notificationText(item, t)}</span>
                <span className="notification-time">{formatDateTime(item.createdAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {list.data && list.data.total > list.data.items.length && (
        <Typography.Text type="secondary" className="notification-more">
          {t('latestOnly', { shown: list.data.items.length, total: list.data.total })}
        </Typography.Text>
      )}
    </div>
  );

  return (
    <Popover
      content={panel}
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      arrow={false}
      classNames={{ root: 'notification-popover' }}
    >
      <Button type="text" aria-label={t('bellLabel', { count })} data-testid="notification-bell" data-unread={unread.isSuccess ? count : undefined}>
        <Badge count={count} overflowCount={99} size="small" data-testid="notification-count">
          <BellOutlined className="notification-bell-icon" />
        </Badge>
      </Button>
    </Popover>
  );
}
