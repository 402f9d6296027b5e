import { Button, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import type { BidView } from '@/types/api';

import { useMyReviews } from '../api/get-my-reviews';
import { ConflictDeclaration } from './conflict-declaration';
import { ReviewWorkspace } from './review-workspace';

/**
 * A reviewer's page for one challenge: the conflict declaration first, then the bids to score; a recused
 * reviewer sees why and no bid.
 */
export function ReviewDesk({ challengeId, renderBid }: { challengeId: string; renderBid: (bid: BidView) => ReactNode }) {
  const { t } = useTranslation(['awards', 'common']);
  const reviews = useMyReviews();
  if (reviews.isPending) {
    return <Skeleton active paragraph={{ rows: 8 }} />;
  }
  if (reviews.isError) {
    return <QueryError error={reviews.error} onRetry={() => void reviews.refetch()} />;
  }
  const review = reviews.data.find((candidate) => candidate.challenge.id === challengeId);
  const back = (
    <Link to="/reviews">
      <Button type="primary">{t('myReviews.title')}</Button>
    </Link>
  );
  if (!review) {
    return <Result status="404" title={t('review.notAssigned')} extra={back} data-testid="review-not-assigned" />;
  }
  if (review.recused) {
    return (
      <Result
        status="warning"
        title={t('review.recusedTitle')}
        subTitle={t(`recusal.explain.${review.recusalReason ?? 'DECLARED_CONFLICT'}`)}
        extra={back}
        data-testid="review-recused"
      />
    );
  }
  if (!review.declaredAt) {
    return <ConflictDeclaration challengeId={challengeId} />;
  }
  return <ReviewWorkspace challengeId={challengeId} renderBid={renderBid} />;
}
