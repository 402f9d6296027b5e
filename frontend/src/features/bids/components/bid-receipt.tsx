import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Descriptions, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { QueryError } from '@/components/ui/query-error';
import { formatDateTime } from '@/lib/format';

import { useReceipt } from '../api/get-receipt';

/**
 * The receipt of a submitted bid: the SHA-256 commitment of its sealed content and the submission time,
 * copyable, so that the lab can check after the close that the opened bid is the one it sent.
 */
export function BidReceipt({ bidId }: { bidId: string }) {
  const { t } = useTranslation(['bids', 'common']);
  const receipt = useReceipt(bidId);
  if (receipt.isPending) {
    return <Skeleton active paragraph={{ rows: 2 }} />;
  }
  if (receipt.isError) {
    return <QueryError error={receipt.error} onRetry={() => void receipt.refetch()} />;
  }
  const data = receipt.data;
  return (
    <Alert
      type="success"
      showIcon
      icon={<SafetyCertificateOutlined />}
      className="bid-receipt"
      title={t('receipt.title')}
      description={
        <>
          <Typography.Paragraph className="bid-receipt-lead">{t('receipt.lead')}</Typography.Paragraph>
          <Descriptions column={1} size="small" className="bid-receipt-details">
            <Descriptions.Item label={t('receipt.algorithm')}>{data.algorithm}</Descriptions.Item>
            <Descriptions.Item label={t('receipt.commitment')}>
              <Typography.Text
                code
                className="commitment"
                copyable={{ text: data.commitment, tooltips: [t('common:actions.copy'), t('common:actions.copied')] }}
                data-testid="receipt-commitment"
              >
                {data.commitment}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('receipt.submittedAt')}>
              <span data-testid="receipt-submitted-at">{formatDateTime(data.submittedAt, 'YYYY-MM-DD HH:mm:ss')}</span>{' '}
              <Typography.Text type="secondary">{t('common:time.beijing')}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('receipt.bidId')}>
              <Typography.Text code copyable={{ tooltips: [t('common:actions.copy'), t('common:actions.copied')] }}>
                {data.bidId}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </>
      }
      data-testid="bid-receipt"
    />
  );
}
