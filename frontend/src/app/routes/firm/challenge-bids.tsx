import { Breadcrumb, Card, Col, Result, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { QueryError } from '@/components/ui/query-error';
import { ChallengeStatusTag } from '@/components/ui/status-tag';
import { ChallengeBids } from '@/features/bids/components/challenge-bids';
import { useChallenge } from '@/features/challenges/api/get-challenge';
import { formatDateTime, formatMoney } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /firm/challenges/:id/bids: the opened bids of a closed challenge, for its firm (and administrators). */
export function ChallengeBidsRoute() {
  const { t } = useTranslation(['bids', 'challenges', 'common']);
  const { id = '' } = useParams();
  const challenge = useChallenge(id);
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
          <ChallengeBids challengeId={c.id} />
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
