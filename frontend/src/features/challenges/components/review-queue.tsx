import { AuditOutlined } from '@ant-design/icons';
import { Button, Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { formatDateTime } from '@/lib/format';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';
import type { ChallengeSummaryView } from '@/types/api';

import { useReviewQueue } from '../api/get-review-queue';
import { BountyAmount, OrganizationName } from './challenge-meta';

/** Submitted challenges waiting for an administrator, oldest first; each opens for a decision. */
export function ReviewQueue({ page, onPageChange }: { page: number; onPageChange: (page: number) => void }) {
  const { t } = useTranslation(['challenges', 'common']);
  const taxonomy = useTaxonomyLabels();
  const queue = useReviewQueue(page);
  if (queue.isError) {
    return <QueryError error={queue.error} onRetry={() => void queue.refetch()} />;
  }
  return (
    <Table<ChallengeSummaryView>
      rowKey="id"
      loading={queue.isPending || queue.isFetching}
      dataSource={queue.data?.items}
      scroll={{ x: 900 }}
      locale={{ emptyText: <Empty description={t('reviewQueue.empty')} /> }}
      pagination={{
        current: page,
        pageSize: 20,
        total: queue.data?.total ?? 0,
        hideOnSinglePage: true,
        showSizeChanger: false,
        onChange: onPageChange,
      }}
      columns={[
        {
          title: t('fields.title'),
          dataIndex: 'title',
          render: (title: string, row) => (
            <Link to={`/challenges/${row.id}`} data-testid="review-queue-title">
              {title}
            </Link>
          ),
        },
        { title: t('reviewQueue.organization'), key: 'org', render: (_, row) => <OrganizationName organization={row.organization} /> },
        {
          title: t('fields.industryChain'),
          dataIndex: 'industryChain',
          width: 140,
          render: (code: string | null) => taxonomy.label('industryChains', code) || '—',
        },
        { title: t('fields.bounty'), dataIndex: 'bounty', width: 120, render: (bounty: string | null) => <BountyAmount amount={bounty} /> },
        { title: t('fields.bidDeadline'), dataIndex: 'bidDeadline', width: 160, render: (value: string | null) => formatDateTime(value) },
        { title: t('review.submittedAt'), dataIndex: 'submittedAt', width: 160, render: (value: string | null) => formatDateTime(value) },
        {
          title: t('mine.actions'),
          key: 'open',
          width: 110,
          render: (_, row) => (
            <Link to={`/challenges/${row.id}`}>
              <Button type="primary" size="small" icon={<AuditOutlined />} data-testid="review-queue-open">
                {t('reviewQueue.review')}
              </Button>
            </Link>
          ),
        },
      ]}
      data-testid="review-queue"
    />
  );
}
