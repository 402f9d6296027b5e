import { FlagOutlined, StarFilled } from '@ant-design/icons';
import { App, Button, Empty, Popconfirm, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DeadlineCountdown } from '@/components/ui/deadline-countdown';
import { QueryError } from '@/components/ui/query-error';
import { ChallengeStatusTag } from '@/components/ui/status-tag';
import { formatDateTime, formatMoney, formatWan } from '@/lib/format';
import type { FollowView } from '@/types/api';

import { useSetFollowing } from '../api/follow-challenge';
import { useMyFollows } from '../api/get-my-follows';

function UnfollowButton({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation(['clarifications', 'common']);
  const { message } = App.useApp();
  const unfollow = useSetFollowing(challengeId);
  return (
    <Popconfirm
      title={t('follows.unfollowTitle')}
      okText={t('follow.unfollow')}
      cancelText={t('common:actions.cancel')}
      onConfirm={() => unfollow.mutate(false, { onSuccess: () => void message.success(t('follow.unfollowed')) })}
    >
      <Button size="small" type="link" icon={<StarFilled className="follow-star" />} loading={unfollow.isPending} data-testid="followed-unfollow">
        {t('follow.unfollow')}
      </Button>
    </Popconfirm>
  );
}

/** The challenges the lab follows: state, deadline, bounty, and the way to bid or stop following. */
export function FollowedChallenges() {
  const { t } = useTranslation(['clarifications', 'common']);
  const follows = useMyFollows();
  if (follows.isError) {
    return <QueryError error={follows.error} onRetry={() => void follows.refetch()} />;
  }
  return (
    <Table<FollowView>
      rowKey="challengeId"
      loading={follows.isPending}
      dataSource={follows.data}
      scroll={{ x: 880 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      data-testid="followed-challenges"
      locale={{
        emptyText: (
          <Empty description={t('follows.empty')}>
            <Link to="/challenges?open=1">
              <Button type="primary">{t('follows.find')}</Button>
            </Link>
          </Empty>
        ),
      }}
      columns={[
        {
          title: t('follows.challenge'),
          key: 'title',
          render: (_, row) => (
            <div data-testid="followed-row" data-challenge-id={row.challengeId}>
              <Link to={`/challenges/${row.challengeId}`}>{row.title}</Link>
              <div>
                <ChallengeStatusTag status={row.status} />
              </div>
            </div>
          ),
        },
        {
          title: t('follows.deadline'),
          key: 'deadline',
          width: 190,
          render: (_, row) => (
            <>
              <div>{formatDateTime(row.bidDeadline)}</div>
              {row.open && <DeadlineCountdown deadline={row.bidDeadline} />}
            </>
          ),
        },
        {
          title: t('follows.bounty'),
          key: 'bounty',
          width: 160,
          render: (_, row) => (
            <>
              <div>{formatMoney(row.bounty)}</div>
              <div className="fact-sub">{formatWan(row.bounty)}</div>
            </>
          ),
        },
        { title: t('follows.followedAt'), dataIndex: 'followedAt', width: 150, render: (value: string) => formatDateTime(value) },
        {
          title: t('common:actions.details'),
          key: 'actions',
          width: 200,
          render: (_, row) => (
            <Space size={4} wrap>
              {row.open && (
                <Link to={`/lab/challenges/${row.challengeId}/bid`}>
                  <Button size="small" type="link" icon={<FlagOutlined />} data-testid="followed-bid">
                    {t('follows.bid')}
                  </Button>
                </Link>
              )}
              <UnfollowButton challengeId={row.challengeId} />
            </Space>
          ),
        },
      ]}
    />
  );
}
