import { Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { QueryError } from '@/components/ui/query-error';
import type { BidView } from '@/types/api';

import { useChallengeBids } from '../api/get-challenge-bids';
import { OpenedBid } from './opened-bid';

/** The opened bids of a closed challenge, each with its receipt check and what the app adds per bid (its files). */
export function ChallengeBids({ challengeId, renderBidExtra }: { challengeId: string; renderBidExtra?: (bid: BidView) => ReactNode }) {
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
        <OpenedBid key={bid.id} bid={bid} index={index}>
          {renderBidExtra?.(bid)}
        </OpenedBid>
      ))}
    </div>
  );
}
