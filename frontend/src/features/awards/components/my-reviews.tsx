import { AuditOutlined, EyeOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Empty, Progress, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { ChallengeStatusTag } from '@/components/ui/status-tag';
import { formatDateTime, formatMoney } from '@/lib/format';
import type { MyReviewView } from '@/types/api';

import { useMyReviews } from '../api/get-my-reviews';
import { RecusalTag } from './award-tags';

/** The reviewer's assignments: declaration, progress and the way into each. */
export function MyReviews() {
  const { t } = useTranslation(['awards', 'common']);
  const reviews = useMyReviews();
  if (reviews.isError) {
    return <QueryError error={reviews.error} onRetry={() => void reviews.refetch()} />;
  }
  return (
    <Table<MyReviewView>
      rowKey={(row) => row.challenge.id}
      loading={reviews.isPending}
      dataSource={reviews.data}
      scroll={{ x: 900 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: <Empty description={t('myReviews.empty')} /> }}
      data-testid="my-reviews"
      columns={[
        {
          title: t('myReviews.challenge'),
          key: 'challenge',
          render: (_, row) => (
            <div data-testid="my-review-row" data-challenge-id={row.challenge.id}>
              <Link to={`/reviews/${row.challenge.id}`}>{row.challenge.title}</Link>
              <div>
                <ChallengeStatusTag status={row.challenge.status} />
              </div>
            </div>
          ),
        },
        { title: t('myReviews.bounty'), key: 'bounty', width: 150, render: (_, row) => formatMoney(row.challenge.bounty) },
        { title: t('myReviews.assignedAt'), dataIndex: 'assignedAt', width: 150, render: (value: string) => formatDateTime(value) },
        {
          title: t('myReviews.declaration'),
          key: 'declaration',
          width: 170,
          render: (_, row) =>
            row.recused ? (
              <RecusalTag reason={row.recusalReason} />
            ) : row.declaredAt ? (
              <Tag color="green">{t('myReviews.declared')}</Tag>
            ) : (
              <Tag color="gold">{t('myReviews.toDeclare')}</Tag>
            ),
        },
        {
          title: t('myReviews.progress'),
          key: 'progress',
          width: 170,
          render: (_, row) =>
            row.recused ? (
              '—'
            ) : (
              <div data-testid="my-review-progress">
                <Progress percent={row.bidCount ? Math.round((row.scoredCount / row.bidCount) * 100) : 0} size="small" />
                {t('myReviews.scored', { scored: row.scoredCount, total: row.bidCount })}
              </div>
            ),
        },
        {
          title: t('common:actions.details'),
          key: 'open',
          width: 130,
          render: (_, row) => {
            if (row.recused) {
              return null;
            }
            const [icon, label] = !row.declaredAt
              ? [<SafetyCertificateOutlined key="i" />, t('myReviews.declare')]
              : row.complete || row.challenge.status !== 'CLOSED'
                ? [<EyeOutlined key="i" />, t('myReviews.view')]
                : [<AuditOutlined key="i" />, t('myReviews.score')];
            return (
              <Link to={`/reviews/${row.challenge.id}`}>
                <Button type="primary" size="small" icon={icon} data-testid="my-review-open">
                  {label}
                </Button>
              </Link>
            );
          },
        },
      ]}
    />
  );
}
