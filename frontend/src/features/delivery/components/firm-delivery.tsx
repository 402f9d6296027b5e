import { CheckOutlined, MoneyCollectOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { DeliveryView, MilestoneView } from '@/types/api';

import { useAcceptMilestone } from '../api/accept-milestone';
import type { ResultOwner } from '../api/get-challenge-result';
import { DeliverySummary } from './delivery-summary';
import { MilestoneCard } from './milestone-card';
import { PaymentDialog } from './payment-dialog';
import { ResultsPanel } from './results-form';
import { ReturnDialog } from './return-dialog';

type FirmDeliveryProps = {
  delivery: DeliveryView;
  /** The challenge's facts the results showcase is filtered by. */
  resultOwner: ResultOwner;
  /** Whether the viewer may publish the results (the firm; administrators only read). */
  canPublishResults: boolean;
  /** The evidence files of a milestone (composed by the app from the attachments feature). */
  renderEvidence: (milestone: MilestoneView) => ReactNode;
};

/**
 * The firm's milestone review: each milestone with its report and evidence; accept it, return it with
 * comments, record payments up to its amount; after completion, the results summary.
 */
export function FirmDelivery({ delivery, resultOwner, canPublishResults, renderEvidence }: FirmDeliveryProps) {
  const { t } = useTranslation(['delivery', 'common']);
  const { message } = App.useApp();
  const accept = useAcceptMilestone(delivery.challengeId);
  const [returning, setReturning] = useState<MilestoneView>();
  const [paying, setPaying] = useState<MilestoneView>();
  const awaiting = delivery.milestones.filter((m) => m.actions.includes('ACCEPT')).length;

  const acceptMilestone = (milestone: MilestoneView) =>
    accept.mutate(milestone.id, {
      onSuccess: () => void message.success(t('review.accepted', { seq: milestone.seq })),
      onError: (error) => void message.error(error.message),
    });

  return (
    <div className="delivery-workspace" data-testid="firm-delivery">
      <DeliverySummary delivery={delivery} />
      {delivery.challengeStatus === 'COMPLETED' && <ResultsPanel owner={resultOwner} canPublish={canPublishResults} />}
      {awaiting > 0 && (
        <Alert type="info" showIcon className="form-alert" data-testid="review-awaiting" title={t('review.awaiting', { count: awaiting })} />
      )}
      {delivery.milestones.map((m) => (
        <MilestoneCard
          key={m.id}
          milestone={m}
          evidence={renderEvidence(m)}
          actions={
            m.actions.some((action) => action === 'ACCEPT' || action === 'RETURN' || action === 'PAY') ? (
              <Space wrap>
                {m.actions.includes('ACCEPT') && (
                  <Popconfirm
                    title={t('review.acceptTitle', { seq: m.seq })}
                    description={t('review.acceptDescription')}
                    okText={t('review.accept')}
                    cancelText={t('common:actions.cancel')}
                    onConfirm={() => acceptMilestone(m)}
                    okButtonProps={{ 'data-testid': 'milestone-accept-ok' }}
                  >
                    <Button type="primary" icon={<CheckOutlined />} loading={accept.isPending && accept.variables === m.id} data-testid="milestone-accept">
                      {t('review.accept')}
                    </Button>
                  </Popconfirm>
                )}
                {m.actions.includes('RETURN') && (
                  <Button danger icon={<RollbackOutlined />} onClick={() => setReturning(m)} data-testid="milestone-return">
                    {t('review.return')}
                  </Button>
                )}
                {m.actions.includes('PAY') && (
                  <Button icon={<MoneyCollectOutlined />} onClick={() => setPaying(m)} data-testid="milestone-pay">
                    {t('review.pay')}
                  </Button>
                )}
              </Space>
            ) : undefined
          }
        />
      ))}
      <ReturnDialog
        challengeId={delivery.challengeId}
        milestone={returning}
        onClose={() => setReturning(undefined)}
        onReturned={(m) => void message.success(t('review.returned', { seq: m.seq }))}
      />
      <PaymentDialog challengeId={delivery.challengeId} milestone={paying} onClose={() => setPaying(undefined)} />
    </div>
  );
}
