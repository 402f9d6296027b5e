import { Card, Empty, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { formatDateTime } from '@/lib/format';

import { useMyObjections } from '../api/get-my-objections';
import { ObjectionStatusTag } from './award-tags';

/** The objections the user filed, each with its state and, once answered, the administrators' answer. */
export function MyObjections() {
  const { t } = useTranslation(['awards', 'common']);
  const objections = useMyObjections();
  if (objections.isPending) {
    return <Skeleton active paragraph={{ rows: 6 }} />;
  }
  if (objections.isError) {
    return <QueryError error={objections.error} onRetry={() => void objections.refetch()} />;
  }
  if (objections.data.length === 0) {
    return (
      <Empty description={t('myObjections.empty')} data-testid="my-objections-empty">
        <Link to="/announcements">{t('myObjections.browse')}</Link>
      </Empty>
    );
  }
  return (
    <Space orientation="vertical" size={16} className="full-width" data-testid="my-objections">
      {objections.data.map((objection) => (
        <Card
          key={objection.id}
          className="detail-card objection-card"
          title={<Link to={`/announcements/${objection.awardId}`}>{objection.challengeTitle}</Link>}
          extra={<ObjectionStatusTag status={objection.status} testId="my-objection-status" />}
          data-testid="my-objection"
          data-objection-id={objection.id}
        >
          <div className="fact-label">{t('myObjections.filedAt', { time: formatDateTime(objection.filedAt) })}</div>
          <Typography.Paragraph className="pre-wrap">{objection.reasons}</Typography.Paragraph>
          {objection.answer ? (
            <div className="objection-answer" data-testid="my-objection-answer">
              <div className="fact-label">{t('myObjections.answer', { time: formatDateTime(objection.answeredAt) })}</div>
              <Typography.Paragraph className="pre-wrap">{objection.answer}</Typography.Paragraph>
            </div>
          ) : (
            <Typography.Text type="secondary">
              {t('myObjections.waiting', { time: formatDateTime(objection.publicityEndsAt) })}
            </Typography.Text>
          )}
        </Card>
      ))}
    </Space>
  );
}
