import { AuditOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { ChallengeDocuments } from '@/features/attachments/components/challenge-documents';
import { useChallenge } from '@/features/challenges/api/get-challenge';
import { ChallengeDetail } from '@/features/challenges/components/challenge-detail';
import { ChallengeInvitations } from '@/features/invitations/components/challenge-invitations';
import { isApiError } from '@/lib/api-client';
import { useUser } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';
import { PUBLIC_CHALLENGE_STATUSES, type ChallengeStatus } from '@/types/api';

/** States from the close on, in which administrators have an evaluation workspace for the challenge. */
const EVALUATED: ChallengeStatus[] = ['CLOSED', 'AWARD_PROPOSED', 'AWARDED', 'IN_DELIVERY', 'COMPLETED', 'TERMINATED', 'UNAWARDED'];

export function ChallengeRoute() {
  const { t } = useTranslation(['challenges', 'admin', 'common']);
  const { id = '' } = useParams();
  const challenge = useChallenge(id);
  const { data: user } = useUser();
  useDocumentTitle(challenge.data?.title ?? t('market.title'));

  let body;
  if (challenge.isPending) {
    body = <Skeleton active paragraph={{ rows: 10 }} />;
  } else if (challenge.isError) {
    body =
      isApiError(challenge.error) && challenge.error.status === 404 ? (
        <Result
          status="404"
          title={t('market.notFound')}
          extra={
            <Link to="/challenges">
              <Button type="primary">{t('market.title')}</Button>
            </Link>
          }
        />
      ) : (
        <QueryError error={challenge.error} onRetry={() => void challenge.refetch()} />
      );
  } else {
    const evaluation =
      user?.role === 'ADMIN' && EVALUATED.includes(challenge.data.status) ? (
        <Link to={`/admin/challenges/${challenge.data.id}/evaluation`}>
          <Button type="primary" icon={<AuditOutlined />} data-testid="action-evaluation">
            {t('admin:console.tabs.evaluation')}
          </Button>
        </Link>
      ) : undefined;
    const c = challenge.data;
    // The firm adds documents while it may edit the challenge; it and administrators see whom it invited.
    const insider = user?.role === 'ADMIN' || (user?.role === 'FIRM' && user.organization?.id === c.organization.id);
    body = (
      <ChallengeDetail
        challenge={c}
        signedIn={Boolean(user)}
        extraActions={evaluation}
        mainExtra={<ChallengeDocuments challengeId={c.id} editable={c.actions.includes('EDIT')} />}
        asideExtra={
          insider && PUBLIC_CHALLENGE_STATUSES.includes(c.status) ? (
            <ChallengeInvitations challengeId={c.id} open={c.status === 'PUBLISHED' && c.open} />
          ) : undefined
        }
      />
    );
  }
  return (
    <div className="app-container page-section" data-testid="challenge-page">
      <Breadcrumb
        className="page-breadcrumb"
        items={[{ title: <Link to="/challenges">{t('market.title')}</Link> }, { title: challenge.data?.title ?? '…' }]}
      />
      {body}
    </div>
  );
}
