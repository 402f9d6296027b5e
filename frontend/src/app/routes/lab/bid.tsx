import { Breadcrumb, Button, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { QueryError } from '@/components/ui/query-error';
import { BidFiles } from '@/features/attachments/components/bid-files';
import { OwnEvaluation } from '@/features/awards/components/own-evaluation';
import { useMyBids } from '@/features/bids/api/get-my-bids';
import { BidForm } from '@/features/bids/components/bid-form';
import { useChallenge } from '@/features/challenges/api/get-challenge';
import { useDocumentTitle } from '@/lib/use-document-title';
import type { BidStatus, ChallengeStatus } from '@/types/api';

/** Challenge states in which the evaluation is over and each bidder may read its own scores. */
const DECIDED: ChallengeStatus[] = ['AWARDED', 'UNAWARDED', 'IN_DELIVERY', 'COMPLETED', 'TERMINATED'];
const OPENED: BidStatus[] = ['SUBMITTED', 'SHORTLISTED', 'NOT_SELECTED', 'AWARDED'];

/** /lab/challenges/:id/bid: the lab's bid on a challenge (new, or its existing one). */
export function BidRoute() {
  const { t } = useTranslation(['bids', 'challenges', 'common']);
  const { id = '' } = useParams();
  const challenge = useChallenge(id);
  const bids = useMyBids();
  useDocumentTitle(t('form.title'));

  let body;
  if (challenge.isPending || bids.isPending) {
    body = <Skeleton active paragraph={{ rows: 10 }} />;
  } else if (challenge.isError || bids.isError) {
    body = (
      <QueryError
        error={challenge.error ?? bids.error}
        onRetry={() => {
          void challenge.refetch();
          void bids.refetch();
        }}
      />
    );
  } else {
    const c = challenge.data;
    const bid = bids.data.find((candidate) => candidate.challenge.id === c.id);
    if (!bid && !c.actions.includes('BID')) {
      body = (
        <Result
          status="warning"
          title={c.open ? t('form.notAllowed') : t('form.closed')}
          extra={
            <Link to={`/challenges/${c.id}`}>
              <Button type="primary">{t('common:actions.back')}</Button>
            </Link>
          }
          data-testid="bid-not-allowed"
        />
      );
    } else {
      body = (
        <>
          {bid && OPENED.includes(bid.status) && DECIDED.includes(c.status) && <OwnEvaluation bidId={bid.id} />}
          <BidForm
            key={c.id}
            challenge={{ id: c.id, title: c.title, bounty: c.bounty, deliveryMonths: c.deliveryMonths, bidDeadline: c.bidDeadline, open: c.open }}
            bid={bid}
            files={(slot) => <BidFiles {...slot} />}
          />
        </>
      );
    }
  }
  return (
    <div className="app-container page-section" data-testid="bid-page">
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { title: <Link to="/lab/bids">{t('mine.title')}</Link> },
          { title: challenge.data ? <Link to={`/challenges/${id}`}>{challenge.data.title}</Link> : '…' },
          { title: t('form.title') },
        ]}
      />
      <PageHeader title={t('form.title')} description={t('form.subtitle')} />
      {body}
    </div>
  );
}
