import { CheckCircleOutlined, CloseCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { BidStatusTag } from '@/components/ui/status-tag';
import { formatDateTime } from '@/lib/format';
import type { BidView } from '@/types/api';

import { useVerifyBid } from '../api/get-challenge-bids';
import { BidContent } from './bid-content';

/** One opened bid as its challenge's firm (or an administrator) reads it after the close; `children` (its files) follow its content. */
export function OpenedBid({ bid, index, children }: { bid: BidView; index: number; children?: ReactNode }) {
  const { t } = useTranslation(['bids', 'common']);
  const verify = useVerifyBid();
  return (
    <Card
      className="opened-bid"
      title={
        <span>
          {t('opened.number', { number: index + 1 })} · {bid.lab.name}
        </span>
      }
      extra={<BidStatusTag status={bid.status} />}
      data-testid="opened-bid"
      data-bid-id={bid.id}
    >
      <BidContent bid={bid} />
      {children}

      <div className="opened-bid-receipt">
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('receipt.commitment')}>
            <Typography.Text code className="commitment" copyable={{ tooltips: [t('common:actions.copy'), t('common:actions.copied')] }}>
              {bid.commitment ?? '—'}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('receipt.submittedAt')}>{formatDateTime(bid.submittedAt, 'YYYY-MM-DD HH:mm:ss')}</Descriptions.Item>
        </Descriptions>
        <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate(bid.id)} data-testid="opened-bid-verify">
          {t('opened.verify')}
        </Button>
        {verify.data && (
          <Alert
            className="opened-bid-verification"
            type={verify.data.matches ? 'success' : 'error'}
            showIcon
            icon={verify.data.matches ? <CheckCircleOutlined /> : <CloseCircleOutlined />}
            title={verify.data.matches ? t('opened.matches') : t('opened.mismatch')}
            description={
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('opened.recorded')}>
                  <span className="monospace commitment">{verify.data.recorded}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('opened.recomputed')}>
                  <span className="monospace commitment">{verify.data.recomputed}</span>
                </Descriptions.Item>
              </Descriptions>
            }
            data-testid="opened-bid-verification"
          />
        )}
        {verify.isError && <ProblemAlert error={verify.error} className="opened-bid-verification" />}
      </div>
    </Card>
  );
}
