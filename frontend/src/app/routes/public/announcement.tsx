import { Breadcrumb, Button, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { useAnnouncement } from '@/features/awards/api/get-announcement';
import { AnnouncementDetail } from '@/features/awards/components/announcement-detail';
import { isApiError } from '@/lib/api-client';
import { useUser } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /announcements/:id: one award announcement with its objection window. */
export function AnnouncementRoute() {
  const { t } = useTranslation(['awards', 'common']);
  const { id = '' } = useParams();
  const announcement = useAnnouncement(id);
  const { data: user } = useUser();
  useDocumentTitle(t('pages.announcement.title'));

  let body;
  if (announcement.isPending) {
    body = <Skeleton active paragraph={{ rows: 10 }} />;
  } else if (announcement.isError) {
    body =
      isApiError(announcement.error) && announcement.error.status === 404 ? (
        <Result
          status="404"
          title={t('pages.announcement.notFound')}
          extra={
            <Link to="/announcements">
              <Button type="primary">{t('pages.announcements.title')}</Button>
            </Link>
          }
        />
      ) : (
        <QueryError error={announcement.error} onRetry={() => void announcement.refetch()} />
      );
  } else {
    body = <AnnouncementDetail announcement={announcement.data} signedIn={Boolean(user)} />;
  }
  return (
    <div className="app-container page-section" data-testid="announcement-page">
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { title: <Link to="/announcements">{t('pages.announcements.title')}</Link> },
          { title: announcement.data?.challenge.title ?? '…' },
        ]}
      />
      {body}
    </div>
  );
}
