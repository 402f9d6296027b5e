import { AuditOutlined, NodeIndexOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Result, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { ChallengeDocuments } from '@/features/attachments/components/challenge-documents';
import { useChallenge } from '@/features/challenges/api/get-challenge';
import { ChallengeDetail } from '@/features/challenges/components/challenge-detail';
import { DeliveryProgress } from '@/features/delivery/components/delivery-progress';
import { ResultsPanel } from '@/features/delivery/components/results-form';
import { OcdsLink } from '@/features/exports/components/ocds-link';
import { ChallengeInvitations } from '@/features/invitations/components/challenge-invitations';
import { InviteToBidButton } from '@/features/invitations/components/invite-button';
import { RecommendedLabs } from '@/features/search/components/recommended-labs';
import { isApiError } from '@/lib/api-client';
import { useUser } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';
import { PUBLIC_CHALLENGE_STATUSES, type ChallengeStatus, type DeliveryView } from '@/types/api';

/** States from the close on, in which administrators have an evaluation workspace for the challenge. */
const EVALUATED: ChallengeStatus[] = ['CLOSED', 'AWARD_PROPOSED', 'AWARDED', 'IN_DELIVERY', 'COMPLETED', 'TERMINATED', 'UNAWARDED'];

/** States with a delivery (攻关): from the confirmed award on. */
const DELIVERED: ChallengeStatus[] = ['AWARDED', 'IN_DELIVERY', 'COMPLETED', 'TERMINATED'];

export function ChallengeRoute() {
  const { t } = useTranslation(['challenges', 'admin', 'delivery', 'search', 'common']);
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
        <Space wrap>
          <Link to={`/admin/challenges/${challenge.data.id}/evaluation`}>
            <Button type="primary" icon={<AuditOutlined />} data-testid="action-evaluation">
              {t('admin:console.tabs.evaluation')}
            </Button>
          </Link>
          <OcdsLink challengeId={challenge.data.id} />
        </Space>
      ) : undefined;
    const c = challenge.data;
    // The parties of a delivery reach their workspace from its progress card.
    const workspace = (delivery: DeliveryView) => {
      const firm = user?.role === 'FIRM' && user.organization?.id === delivery.firmOrganizationId;
      const lab = user?.role === 'LAB' && user.lab?.id === delivery.lab.id;
      if (!firm && !lab && user?.role !== 'ADMIN') {
        return undefined;
      }
      return (
        <Link to={lab ? `/lab/delivery/${c.id}` : `/firm/challenges/${c.id}/delivery`}>
          <Button size="small" type="primary" icon={<NodeIndexOutlined />} data-testid="delivery-workspace">
            {t(lab ? 'delivery:progress.manageLab' : firm ? 'delivery:progress.manageFirm' : 'delivery:progress.manageAdmin')}
          </Button>
        </Link>
      );
    };
    const delivered = DELIVERED.includes(c.status);
    // The firm adds documents while it may edit the challenge; it and administrators see whom it invited.
    const insider = user?.role === 'ADMIN' || (user?.role === 'FIRM' && user.organization?.id === c.organization.id);
    // Recommended labs help while the challenge takes bids; the firm invites them from the list.
    const takingBids = c.status === 'PUBLISHED' && c.open;
    body = (
      <ChallengeDetail
        challenge={c}
        signedIn={Boolean(user)}
        extraActions={evaluation}
        mainExtra={
          <>
            {c.status === 'COMPLETED' && (
              <ResultsPanel owner={{ challengeId: c.id, industryChain: c.industryChain, challengeType: c.challengeType, province: c.province }} canPublish={false} />
            )}
            {delivered && <DeliveryProgress challengeId={c.id} actions={workspace} />}
            <ChallengeDocuments challengeId={c.id} editable={c.actions.includes('EDIT')} />
            {insider && c.status === 'PUBLISHED' && (
              <RecommendedLabs
                challengeId={c.id}
                renderActions={
                  takingBids
                    ? (lab) => (
                        <InviteToBidButton labId={lab.id} labName={lab.name} challengeId={c.id} labOrganizationId={lab.organization.id} size="small" />
                      )
                    : undefined
                }
                footer={
                  takingBids ? undefined : (
                    <Typography.Text type="secondary" data-testid="recommended-labs-closed">
                      {t('search:recommendedLabs.notOpen')}
                    </Typography.Text>
                  )
                }
              />
            )}
          </>
        }
        asideExtra={
          insider && PUBLIC_CHALLENGE_STATUSES.includes(c.status) ? (
            <ChallengeInvitations challengeId={c.id} open={takingBids} />
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
