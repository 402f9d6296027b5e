import { FlagOutlined } from '@ant-design/icons';
import { Button, Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DeadlineCountdown } from '@/components/ui/deadline-countdown';
import { QueryError } from '@/components/ui/query-error';
import { ChallengeStatusTag } from '@/components/ui/status-tag';
import { formatDateTime, formatMoney, formatWan } from '@/lib/format';
import type { InvitationView } from '@/types/api';

import { useMyInvitations } from '../api/get-my-invitations';

/** The lab's invitations to bid: challenge and firm, deadline, bounty, the firm's note and the way to bid. */
export function MyInvitations() {
  const { t } = useTranslation(['invitations', 'common']);
  const invitations = useMyInvitations();
  if (invitations.isError) {
    return <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />;
  }
  return (
    <Table<InvitationView>
      rowKey="id"
      loading={invitations.isPending}
      dataSource={invitations.data}
      scroll={{ x: 960 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      data-testid="my-invitations"
      locale={{
        emptyText: (
          <Empty description={t('mine.empty')}>
            <Link to="/challenges?open=1">
              <Button type="primary">{t('mine.find')}</Button>
            </Link>
          </Empty>
        ),
      }}
      columns={[
        {
          title: t('mine.challenge'),
          key: 'challenge',
          render: (_, row) => (
            <div data-testid="my-invitation-row" data-challenge-id={row.challenge.id}>
              <Link to={`/challenges/${row.challenge.id}`}>{row.challenge.title}</Link>
              <div className="invitation-firm">
                <Typography.Text type="secondary">{row.challenge.organizationName}</Typography.Text>{' '}
                <ChallengeStatusTag status={row.challenge.status} />
              </div>
            </div>
          ),
        },
        {
          title: t('mine.deadline'),
          key: 'deadline',
          width: 190,
          render: (_, row) => (
            <>
              <div>{formatDateTime(row.challenge.bidDeadline)}</div>
              {row.challenge.open && <DeadlineCountdown deadline={row.challenge.bidDeadline} />}
            </>
          ),
        },
        {
          title: t('mine.bounty'),
          key: 'bounty',
          width: 160,
          render: (_, row) => (
            <>
              <div>{formatMoney(row.challenge.bounty)}</div>
              <div className="fact-sub">{formatWan(row.challenge.bounty)}</div>
            </>
          ),
        },
        {
          title: t('mine.message'),
          dataIndex: 'message',
          width: 260,
          render: (value: string | null) =>
            value ? (
              <Typography.Paragraph className="pre-wrap invitation-message" ellipsis={{ rows: 3, expandable: true }} data-testid="my-invitation-message">
                {value}
              </Typography.Paragraph>
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            ),
        },
        { title: t('mine.invitedAt'), dataIndex: 'invitedAt', width: 150, render: (value: string) => formatDateTime(value) },
        {
          title: t('common:actions.details'),
          key: 'actions',
          width: 130,
          render: (_, row) =>
            row.challenge.open ? (
              <Link to={`/lab/challenges/${row.challenge.id}/bid`}>
                <Button size="small" type="primary" icon={<FlagOutlined />} data-testid="my-invitation-bid">
                  {t('mine.bid')}
                </Button>
              </Link>
            ) : (
              <Typography.Text type="secondary">{t('mine.closed')}</Typography.Text>
            ),
        },
      ]}
    />
  );
}
