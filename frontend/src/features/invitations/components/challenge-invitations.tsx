import { UsergroupAddOutlined } from '@ant-design/icons';
import { Card, Empty, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { formatDateTime } from '@/lib/format';

import { useChallengeInvitations } from '../api/get-challenge-invitations';

/** The labs the firm invited to bid on its challenge (for the firm and administrators). */
export function ChallengeInvitations({ challengeId, open }: { challengeId: string; open: boolean }) {
  const { t } = useTranslation('invitations');
  const invitations = useChallengeInvitations(challengeId);
  let body;
  if (invitations.isPending) {
    body = <Skeleton active paragraph={{ rows: 2 }} title={false} />;
  } else if (invitations.isError) {
    body = <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />;
  } else if (invitations.data.length === 0) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sent.empty')} data-testid="challenge-invitations-empty" />;
  } else {
    body = (
      <ul className="invitation-list" data-testid="challenge-invitations-list">
        {invitations.data.map((invitation) => (
          <li key={invitation.id} className="invitation-item" data-testid="challenge-invitation">
            <Link to={`/labs/${invitation.lab.id}`} className="invitation-lab">
              {invitation.lab.name}
            </Link>
            <Typography.Text type="secondary" className="invitation-time">
              {t('sent.invitedAt', { time: formatDateTime(invitation.invitedAt) })}
            </Typography.Text>
            {invitation.message && (
              <Typography.Paragraph type="secondary" className="pre-wrap invitation-message" ellipsis={{ rows: 2, expandable: true }}>
                {invitation.message}
              </Typography.Paragraph>
            )}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Card
      title={
        <span>
          <UsergroupAddOutlined /> {t('sent.title')}
        </span>
      }
      className="detail-card"
      data-testid="challenge-invitations"
    >
      {body}
      {open && (
        <Typography.Paragraph type="secondary" className="invitation-find">
          {t('sent.hint')} <Link to="/labs">{t('sent.findLabs')}</Link>
        </Typography.Paragraph>
      )}
    </Card>
  );
}
