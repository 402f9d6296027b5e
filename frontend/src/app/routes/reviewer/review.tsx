import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { useMyReviews } from '@/features/awards/api/get-my-reviews';
import { ReviewDesk } from '@/features/awards/components/review-desk';
import { BidContent } from '@/features/bids/components/bid-content';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /reviews/:challengeId: conflict declaration, then the bids read-only beside the scoring form. */
export function ReviewRoute() {
  const { t } = useTranslation('awards');
  const { challengeId = '' } = useParams();
  const reviews = useMyReviews();
  const title = reviews.data?.find((review) => review.challenge.id === challengeId)?.challenge.title;
  useDocumentTitle(t('pages.review.title'));
  return (
    <div className="app-container page-section" data-testid="review-page">
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { title: <Link to="/reviews">{t('pages.myReviews.title')}</Link> },
          { title: title ? <Link to={`/challenges/${challengeId}`}>{title}</Link> : '…' },
          { title: t('pages.review.title') },
        ]}
      />
      <PageHeader title={title ?? t('pages.review.title')} description={t('pages.review.subtitle')} />
      <ReviewDesk challengeId={challengeId} renderBid={(bid) => <BidContent bid={bid} defaultOpen={['approach', 'team', 'partners', 'plan']} />} />
    </div>
  );
}
