import { Card, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { QueryError } from '@/components/ui/query-error';
import { BidStatusTag } from '@/components/ui/status-tag';

import { useBidEvaluation } from '../api/get-bid-evaluation';
import { ReviewScoresTable } from './review-scores-table';
import { ScoreSummaryView } from './score-summary';

/** A lab's own scores and the reviewers' comments, reviewers anonymized as A, B, C…, once the award is decided. */
export function OwnEvaluation({ bidId }: { bidId: string }) {
  const { t } = useTranslation('awards');
  const evaluation = useBidEvaluation(bidId);
  let body;
  if (evaluation.isPending) {
    body = <Skeleton active paragraph={{ rows: 4 }} />;
  } else if (evaluation.isError) {
    body = <QueryError error={evaluation.error} onRetry={() => void evaluation.refetch()} />;
  } else {
    const view = evaluation.data;
    body = (
      <Space orientation="vertical" size={16} className="full-width">
        <div>
          {t('ownEvaluation.outcome')} <BidStatusTag status={view.bidStatus} testId="own-evaluation-outcome" />
        </div>
        <ScoreSummaryView summary={view.summary} testId="own-evaluation-summary" />
        {view.reviews.length === 0 ? (
          <Typography.Text type="secondary">{t('ownEvaluation.noReviews')}</Typography.Text>
        ) : (
          <ReviewScoresTable
            rubric={view.rubric}
            testId="own-evaluation-reviews"
            rows={view.reviews.map((review) => ({
              key: review.reviewer,
              reviewer: t('ownEvaluation.reviewer', { letter: review.reviewer }),
              technicalMerit: review.technicalMerit,
              feasibility: review.feasibility,
              teamCapability: review.teamCapability,
              costReasonableness: review.costReasonableness,
              total: review.total,
            }))}
          />
        )}
      </Space>
    );
  }
  return (
    <Card className="detail-card" title={t('ownEvaluation.title')} data-testid="own-evaluation">
      <Typography.Paragraph type="secondary">{t('ownEvaluation.lead')}</Typography.Paragraph>
      {body}
    </Card>
  );
}
