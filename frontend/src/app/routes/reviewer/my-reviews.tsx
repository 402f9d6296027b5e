import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/layout/page-header';
import { MyReviews } from '@/features/awards/components/my-reviews';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /reviews: a reviewer's assignments (experts, and administrators on a panel). */
export function MyReviewsRoute() {
  const { t } = useTranslation('awards');
  useDocumentTitle(t('pages.myReviews.title'));
  return (
    <div className="app-container page-section" data-testid="my-reviews-page">
      <PageHeader title={t('pages.myReviews.title')} description={t('pages.myReviews.subtitle')} />
      <MyReviews />
    </div>
  );
}
