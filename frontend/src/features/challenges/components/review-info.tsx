import { Alert, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';

import { ChallengeStatusTag } from '@/components/ui/status-tag';
import { formatDateTime } from '@/lib/format';
import type { ChallengeView } from '@/types/api';

/** The review details that only the firm's organization and administrators see. */
export function ReviewInfo({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation('challenges');
  const review = challenge.review;
  if (!review) {
    return null;
  }
  return (
    <Card title={t('review.title')} className="detail-card review-card" data-testid="review-info">
      {challenge.status === 'REJECTED' && review.reviewNote && (
        <Alert type="error" showIcon className="card-alert" title={t('review.rejected')} description={review.reviewNote} data-testid="review-note" />
      )}
      {challenge.status === 'CANCELLED' && review.cancelReason && (
        <Alert type="warning" showIcon className="card-alert" title={t('review.cancelled')} description={review.cancelReason} />
      )}
      {challenge.status === 'SUBMITTED' && <Alert type="info" showIcon className="card-alert" title={t('review.pending')} />}
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
        <Descriptions.Item label={t('review.status')}>
          <ChallengeStatusTag status={challenge.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('review.createdAt')}>{formatDateTime(review.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('review.submittedAt')}>{formatDateTime(review.submittedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('review.updatedAt')}>{formatDateTime(review.updatedAt)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
