import { EditOutlined, EyeOutlined, NodeIndexOutlined, SafetyCertificateOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Empty, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DeadlineCountdown } from '@/components/ui/deadline-countdown';
import { QueryError } from '@/components/ui/query-error';
import { BidStatusTag, ChallengeStatusTag } from '@/components/ui/status-tag';
import { formatDateTime, formatMoney } from '@/lib/format';
import type { BidView } from '@/types/api';

import { useMyBids } from '../api/get-my-bids';
import { BidReceipt } from './bid-receipt';

const HAS_RECEIPT = new Set(['SUBMITTED', 'SHORTLISTED', 'NOT_SELECTED', 'AWARDED']);
/** Challenge states with a delivery plan: the awarded lab reports its milestones from the award on. */
const DELIVERED = new Set(['AWARDED', 'IN_DELIVERY', 'COMPLETED', 'TERMINATED']);

/** The lab's bids: state, challenge and its deadline, the reconfirmation warning, and the receipt. */
export function MyBids() {
  const { t } = useTranslation(['bids', 'common']);
  const bids = useMyBids();
  const [receiptOf, setReceiptOf] = useState<BidView | undefined>();

  if (bids.isError) {
    return <QueryError error={bids.error} onRetry={() => void bids.refetch()} />;
  }
  const open = (bid: BidView) =>
    bid.challenge.status === 'PUBLISHED' && bid.challenge.bidDeadline !== null && Date.parse(bid.challenge.bidDeadline) > Date.now();

  return (
    <>
      <Table<BidView>
        rowKey="id"
        loading={bids.isPending || bids.isFetching}
        dataSource={bids.data}
        scroll={{ x: 960 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{
          emptyText: (
            <Empty description={t('mine.empty')}>
              <Link to="/challenges?open=1">
                <Button type="primary">{t('mine.find')}</Button>
              </Link>
            </Empty>
          ),
        }}
        columns={[
          {
            title: t('mine.challenge'),
            key: 'challenge',
            render: (_, bid) => (
              <div data-testid="my-bid-row" data-bid-id={bid.id}>
                <Link to={`/challenges/${bid.challenge.id}`}>{bid.challenge.title}</Link>
                <div>
                  <ChallengeStatusTag status={bid.challenge.status} />
                  {bid.mustReconfirm && bid.status === 'SUBMITTED' && (
                    <Tag color="warning" icon={<WarningOutlined />} data-testid="my-bid-reconfirm">
                      {t('mine.mustReconfirm')}
                    </Tag>
                  )}
                </div>
              </div>
            ),
          },
          {
            title: t('mine.status'),
            dataIndex: 'status',
            width: 110,
            render: (_, bid) => <BidStatusTag status={bid.status} testId="my-bid-status" />,
          },
          {
            title: t('mine.deadline'),
            key: 'deadline',
            width: 190,
            render: (_, bid) => (
              <>
                <div>{formatDateTime(bid.challenge.bidDeadline)}</div>
                {open(bid) && <DeadlineCountdown deadline={bid.challenge.bidDeadline} />}
              </>
            ),
          },
          {
            title: t('fields.quotedAmount'),
            dataIndex: 'quotedAmount',
            width: 150,
            render: (amount: string | null) => formatMoney(amount),
          },
          {
            title: t('mine.submittedAt'),
            dataIndex: 'submittedAt',
            width: 150,
            render: (value: string | null) => formatDateTime(value),
          },
          {
            title: t('common:actions.details'),
            key: 'actions',
            width: 260,
            render: (_, bid) => (
              <Space size={4} wrap>
                <Link to={`/lab/challenges/${bid.challenge.id}/bid`}>
                  <Button size="small" type="link" icon={open(bid) ? <EditOutlined /> : <EyeOutlined />} data-testid="my-bid-open">
                    {open(bid) ? t('mine.edit') : t('mine.view')}
                  </Button>
                </Link>
                {bid.status === 'AWARDED' && DELIVERED.has(bid.challenge.status) && (
                  <Link to={`/lab/delivery/${bid.challenge.id}`}>
                    <Button size="small" type="link" icon={<NodeIndexOutlined />} data-testid="my-bid-delivery">
                      {t('mine.delivery')}
                    </Button>
                  </Link>
                )}
                {HAS_RECEIPT.has(bid.status) && bid.commitment && (
                  <Button size="small" type="link" icon={<SafetyCertificateOutlined />} onClick={() => setReceiptOf(bid)} data-testid="my-bid-receipt">
                    {t('mine.receipt')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={receiptOf !== undefined}
        title={receiptOf?.challenge.title}
        footer={null}
        width={720}
        onCancel={() => setReceiptOf(undefined)}
        destroyOnHidden
      >
        {receiptOf && (
          <>
            <Typography.Paragraph type="secondary">{t('receipt.modalLead')}</Typography.Paragraph>
            <BidReceipt bidId={receiptOf.id} />
          </>
        )}
      </Modal>
    </>
  );
}
