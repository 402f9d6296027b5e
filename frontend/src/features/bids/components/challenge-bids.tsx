import { Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

import { QueryError } from '@/components/ui/query-error';

import { useChallengeBids } from '../api/get-challenge-bids';
import { OpenedBid } from './opened-bid';

/** The opened bids of a closed challenge, each with its receipt check. */
export function ChallengeBids({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation('bids');
  const bids = useChallengeBids(challengeId);
  if (bids.isPending) {
    return <Skeleton active paragraph={{ rows: 6 }} />;
  }
  if (bids.isError) {
    return <QueryError error={bids.error} onRetry={() => void bids.refetch()} />;
  }
  if (bids.data.length === 0) {
    return <Empty description={t('opened.none')} data-testid="opened-bids-empty" />;
  }
  return (
    <div className="opened-bids" data-testid="opened-bids">
      {bids.data.map((bid, index) => (
        <OpenedBid key={bid.id} bid={bid} index={index} />
      ))}
    </div>
  );
}
