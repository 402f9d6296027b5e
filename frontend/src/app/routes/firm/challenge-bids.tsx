import { Breadcrumb, Card, Col, Result, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { QueryError } from '@/components/ui/query-error';
import { ChallengeStatusTag } from '@/components/ui/status-tag';
import { OpenedBidFiles } from '@/features/attachments/components/bid-files';
import { PreferenceOrder } from '@/features/awards/components/preference-order';
import { useChallengeBids } from '@/features/bids/api/get-challenge-bids';
import { ChallengeBids } from '@/features/bids/components/challenge-bids';
import { useChallenge } from '@/features/challenges/api/get-challenge';
import { useUser } from '@/lib/auth';
import { formatDateTime, formatMoney } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import type { ChallengeView } from '@/types/api';

/** The firm ranks the opened bids while its challenge is in evaluation, and sees its ranking afterwards. */
function FirmPreference({ challenge }: { challenge: ChallengeView }) {
  const bids = useChallengeBids(challenge.id);
  if (!bids.data || bids.data.length === 0) {
    return null;
  }
  return (
    <PreferenceOrder
      challengeId={challenge.id}
      editable={challenge.status === 'CLOSED'}
      bids={bids.data.map((bid) => ({
        id: bid.id,
        labName: bid.lab.name,
        organizationName: bid.lab.organizationName,
        quotedAmount: bid.quotedAmount,
      }))}
    />
  );
}

/** /firm/challenges/:id/bids: the opened bids of a closed challenge, for its firm (and administrators). */
export function ChallengeBidsRoute() {
  const { t } = useTranslation(['bids', 'challenges', 'common']);
  const { id = '' } = useParams();
  const challenge = useChallenge(id);
  const { data: user } = useUser();
  useDocumentTitle(t('opened.title'));

  let body;
  if (challenge.isPending) {
    body = <Skeleton active paragraph={{ rows: 6 }} />;
  } else if (challenge.isError) {
    body = <QueryError error={challenge.error} onRetry={() => void challenge.refetch()} />;
  } else {
    const c = challenge.data;
    body = (
      <>
        <Card className="detail-card" data-testid="bids-challenge">
          <Row gutter={[16, 12]}>
            <Col xs={24} md={12}>
              <div className="fact-label">{t('challenges:fields.title')}</div>
              <Link to={`/challenges/${c.id}`}>{c.title}</Link> <ChallengeStatusTag status={c.status} testId="bids-challenge-status" />
            </Col>
            <Col xs={12} md={4}>
              <div className="fact-label">{t('challenges:fields.bounty')}</div>
              {formatMoney(c.bounty)}
            </Col>
            <Col xs={12} md={4}>
              <div className="fact-label">{t('challenges:fields.bidDeadline')}</div>
              {formatDateTime(c.bidDeadline)}
            </Col>
            <Col xs={12} md={4}>
              <div className="fact-label">{t('challenges:fields.bidCount')}</div>
              {c.bidCount}
            </Col>
          </Row>
        </Card>
        {c.actions.includes('VIEW_BIDS') ? (
          <>
            {user?.role === 'FIRM' && <FirmPreference challenge={c} />}
            <ChallengeBids challengeId={c.id} renderBidExtra={(bid) => <OpenedBidFiles bidId={bid.id} />} />
          </>
        ) : (
          <Result status="info" title={t('opened.sealed')} data-testid="bids-sealed" />
        )}
      </>
    );
  }
  return (
    <div className="app-container page-section" data-testid="challenge-bids-page">
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { title: <Link to="/firm/challenges">{t('challenges:mine.title')}</Link> },
          { title: challenge.data ? <Link to={`/challenges/${id}`}>{challenge.data.title}</Link> : '…' },
          { title: t('opened.title') },
        ]}
      />
      <PageHeader title={t('opened.title')} description={t('opened.subtitle')} />
      {body}
    </div>
  );
}
