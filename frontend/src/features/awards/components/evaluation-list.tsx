import { AuditOutlined } from '@ant-design/icons';
import { Button, Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { ChallengeStatusTag } from '@/components/ui/status-tag';
import { formatDateTime, formatMoney } from '@/lib/format';
import type { ChallengeSummaryView } from '@/types/api';

import { EVALUATION_PAGE_SIZE, useEvaluationList } from '../api/get-evaluation-list';

/** Closed challenges to evaluate and proposed awards to confirm, each opening its evaluation workspace. */
export function EvaluationList({ page, onPageChange }: { page: number; onPageChange: (page: number) => void }) {
  const { t } = useTranslation(['awards', 'common']);
  const list = useEvaluationList(page);
  if (list.isError) {
    return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  }
  return (
    <div data-testid="evaluation-list">
      <Typography.Paragraph type="secondary">{t('evaluationList.lead')}</Typography.Paragraph>
      <Table<ChallengeSummaryView>
        rowKey="id"
        loading={list.isPending || list.isFetching}
        dataSource={list.data?.items}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty description={t('evaluationList.empty')} /> }}
        pagination={{
          current: page,
          pageSize: EVALUATION_PAGE_SIZE,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: onPageChange,
        }}
        columns={[
          {
            title: t('evaluationList.challenge'),
            key: 'title',
            render: (_, row) => (
              <div data-testid="evaluation-row" data-challenge-id={row.id}>
                <Link to={`/challenges/${row.id}`}>{row.title}</Link>
                <div className="fact-sub">{row.organization?.name}</div>
              </div>
            ),
          },
          { title: t('evaluationList.status'), dataIndex: 'status', width: 130, render: (_, row) => <ChallengeStatusTag status={row.status} /> },
          { title: t('evaluationList.bounty'), dataIndex: 'bounty', width: 150, render: (value: string | null) => formatMoney(value) },
          { title: t('evaluationList.bids'), dataIndex: 'bidCount', width: 90 },
          { title: t('evaluationList.deadline'), dataIndex: 'bidDeadline', width: 160, render: (value: string | null) => formatDateTime(value) },
          {
            title: t('common:actions.details'),
            key: 'open',
            width: 140,
            render: (_, row) => (
              <Link to={`/admin/challenges/${row.id}/evaluation`}>
                <Button type="primary" size="small" icon={<AuditOutlined />} data-testid="evaluation-open">
                  {t('evaluationList.open')}
                </Button>
              </Link>
            ),
          },
        ]}
      />
    </div>
  );
}
