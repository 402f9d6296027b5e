import { NodeIndexOutlined } from '@ant-design/icons';
import { Card, Col, Row, Skeleton, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { isApiError } from '@/lib/api-client';
import { formatDate, formatMoney, formatWan } from '@/lib/format';
import type { DeliveryView } from '@/types/api';

import { useDelivery } from '../api/get-delivery';
import { daysPastDue, milestoneTone, TONE_COLORS } from '../utils/milestone-state';
import { TerminationNotice } from './delivery-summary';
import { PaidProgress } from './paid-progress';

/** The public facts of a delivery: winner, amount, paid share, and the milestones on a timeline. */
function ProgressBody({ delivery: d }: { delivery: DeliveryView }) {
  const { t } = useTranslation('delivery');
  const accepted = d.milestones.filter((m) => m.status === 'ACCEPTED').length;
  return (
    <>
      <Row gutter={[16, 12]} className="delivery-progress-facts">
        <Col xs={24} sm={12}>
          <div className="fact-label">{t('summary.lab')}</div>
          <Link to={`/labs/${d.lab.id}`} data-testid="delivery-progress-lab">
            {d.lab.name}
          </Link>
          <div className="fact-sub">{d.lab.organizationName}</div>
        </Col>
        <Col xs={24} sm={12}>
          <div className="fact-label">{t('summary.amount')}</div>
          <div>{formatMoney(d.amount)}</div>
          <div className="fact-sub">{formatWan(d.amount)}</div>
        </Col>
        <Col xs={24}>
          <div className="fact-label">{t('progress.milestones', { accepted, total: d.milestones.length })}</div>
          <PaidProgress paid={d.paidTotal} amount={d.amount} testId="delivery-progress-paid" />
        </Col>
      </Row>
      {d.termination && <TerminationNotice termination={d.termination} />}
      <Timeline
        className="delivery-timeline"
        items={d.milestones.map((m) => {
          const tone = milestoneTone(m);
          const late = m.overdue ? daysPastDue(m.dueDate) : 0;
          return {
            key: m.id,
            color: TONE_COLORS[tone],
            title: m.dueDate,
            content: (
              <div className={`timeline-milestone timeline-milestone-${tone}`} data-testid="progress-milestone" data-tone={tone} data-status={m.status}>
                <div className="timeline-milestone-title">
                  {t('timeline.seq', { seq: m.seq })} {m.title}{' '}
                  <Tag color={TONE_COLORS[tone] === 'gray' ? 'default' : TONE_COLORS[tone]}>
                    {tone === 'overdue' && late > 0 ? t('overdue.days', { count: late }) : t(`tone.${tone}`)}
                  </Tag>
                </div>
                <Typography.Text type="secondary">
                  {m.deliverable} · {formatMoney(m.paymentAmount)}
                  {m.acceptedAt ? ` · ${t('progress.acceptedOn', { date: formatDate(m.acceptedAt) })}` : ''}
                </Typography.Text>
              </div>
            ),
          };
        })}
      />
    </>
  );
}

/**
 * Delivery progress on the challenge page (public fields only), for awarded challenges; `actions` are
 * links the app adds for the parties (milestone review, reports). Shows nothing when there is no delivery.
 */
export function DeliveryProgress({ challengeId, actions }: { challengeId: string; actions?: (delivery: DeliveryView) => ReactNode }) {
  const { t } = useTranslation('delivery');
  const delivery = useDelivery(challengeId);
  if (delivery.isError && isApiError(delivery.error) && delivery.error.status === 404) {
    return null;
  }
  return (
    <Card
      className="detail-card delivery-progress"
      data-testid="delivery-progress"
      title={
        <span>
          <NodeIndexOutlined /> {t('progress.title')}
        </span>
      }
      extra={delivery.data && actions ? actions(delivery.data) : undefined}
    >
      {delivery.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : delivery.isError ? (
        <QueryError error={delivery.error} onRetry={() => void delivery.refetch()} />
      ) : (
        <ProgressBody delivery={delivery.data} />
      )}
    </Card>
  );
}
