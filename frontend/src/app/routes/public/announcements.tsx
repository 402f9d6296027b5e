import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/layout/page-header';
import { AnnouncementList } from '@/features/awards/components/announcement-list';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /announcements: award announcements (公示), for everyone. */
export function AnnouncementsRoute() {
  const { t } = useTranslation('awards');
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  useDocumentTitle(t('pages.announcements.title'));
  return (
    <div className="app-container page-section" data-testid="announcements-page">
      <PageHeader title={t('pages.announcements.title')} description={t('pages.announcements.subtitle')} />
      <AnnouncementList page={page} onPageChange={(next) => setParams(next > 1 ? { page: String(next) } : {})} />
    </div>
  );
}
