import { EditOutlined, EyeOutlined, FileSearchOutlined, NodeIndexOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { ChallengeStatusTag } from '@/components/ui/status-tag';
import { formatDateTime } from '@/lib/format';
import type { ChallengeStatus, ChallengeSummaryView } from '@/types/api';

import { useMyChallenges } from '../api/get-my-challenges';
import { MY_CHALLENGE_TABS, type MyChallengeTab } from '../utils/my-challenges';
import { BountyAmount } from './challenge-meta';


const EDITABLE: ChallengeStatus[] = ['DRAFT', 'REJECTED'];
const OPENED: ChallengeStatus[] = ['CLOSED', 'AWARD_PROPOSED', 'AWARDED', 'IN_DELIVERY', 'COMPLETED', 'TERMINATED', 'UNAWARDED'];
const DELIVERED: ChallengeStatus[] = ['AWARDED', 'IN_DELIVERY', 'COMPLETED', 'TERMINATED'];
const PAGE_SIZE = 20;

type MyChallengesProps = {
  status: MyChallengeTab;
  page: number;
  onChange: (next: { status: MyChallengeTab; page: number }) => void;
};

/** The firm's challenges by state, with the rejection reason and the next step for each. */
export function MyChallenges({ status, page, onChange }: MyChallengesProps) {
  const { t } = useTranslation(['challenges', 'common']);
  const challenges = useMyChallenges({ status: status === 'ALL' ? undefined : status, page, size: PAGE_SIZE });

  return (
    <div data-testid="my-challenges">
      <Tabs
        activeKey={status}
        onChange={(key) => onChange({ status: key as MyChallengeTab, page: 1 })}
        items={MY_CHALLENGE_TABS.map((tab) => ({
          key: tab,
          label: tab === 'ALL' ? t('mine.all') : t(`common:challengeStatus.${tab}`),
        }))}
        data-testid="my-challenges-tabs"
      />
      {challenges.isError ? (
        <QueryError error={challenges.error} onRetry={() => void challenges.refetch()} />
      ) : (
        <Table<ChallengeSummaryView>
          rowKey="id"
          loading={challenges.isPending || challenges.isFetching}
          dataSource={challenges.data?.items}
          scroll={{ x: 900 }}
          locale={{
            emptyText: (
              <Empty description={t('mine.empty')}>
                <Link to="/firm/challenges/new">
                  <Button type="primary" icon={<PlusOutlined />}>
                    {t('mine.create')}
                  </Button>
                </Link>
              </Empty>
            ),
          }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: challenges.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            onChange: (next) => onChange({ status, page: next }),
          }}
          columns={[
            {
              title: t('fields.title'),
              dataIndex: 'title',
              render: (title: string, row) => (
                <div className="my-challenge-title" data-testid="my-challenge-row" data-challenge-id={row.id}>
                  <Link to={`/challenges/${row.id}`}>{title}</Link>
                  {row.status === 'REJECTED' && row.reviewNote && (
                    <Typography.Paragraph type="danger" className="my-challenge-note" data-testid="my-challenge-reject-reason">
                      {t('mine.rejectedBecause', { reason: row.reviewNote })}
                    </Typography.Paragraph>
                  )}
                </div>
              ),
            },
            {
              title: t('review.status'),
              dataIndex: 'status',
              width: 120,
              render: (value: ChallengeStatus) => <ChallengeStatusTag status={value} />,
            },
            {
              title: t('fields.bounty'),
              dataIndex: 'bounty',
              width: 130,
              render: (bounty: string | null) => <BountyAmount amount={bounty} />,
            },
            {
              title: t('fields.bidDeadline'),
              dataIndex: 'bidDeadline',
              width: 160,
              render: (deadline: string | null) => formatDateTime(deadline),
            },
            { title: t('fields.bidCount'), dataIndex: 'bidCount', width: 90 },
            {
              title: t('mine.actions'),
              key: 'actions',
              width: 260,
              render: (_, row) => (
                <Space size={4} wrap>
                  <Link to={`/challenges/${row.id}`}>
                    <Button size="small" type="link" icon={<EyeOutlined />}>
                      {t('common:actions.view')}
                    </Button>
                  </Link>
                  {EDITABLE.includes(row.status) && (
                    <Link to={`/firm/challenges/${row.id}/edit`}>
                      <Button size="small" type="link" icon={<EditOutlined />} data-testid="my-challenge-edit">
                        {t('common:actions.edit')}
                      </Button>
                    </Link>
                  )}
                  {DELIVERED.includes(row.status) && (
                    <Link to={`/firm/challenges/${row.id}/delivery`}>
                      <Button size="small" type="link" icon={<NodeIndexOutlined />} data-testid="my-challenge-delivery">
                        {t('actions.delivery')}
                      </Button>
                    </Link>
                  )}
                  {OPENED.includes(row.status) && (
                    <Link to={`/firm/challenges/${row.id}/bids`}>
                      <Button size="small" type="link" icon={<FileSearchOutlined />} data-testid="my-challenge-bids">
                        {t('actions.viewBids')}
                      </Button>
                    </Link>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
