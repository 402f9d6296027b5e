import { StopOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ChallengeStatusTag } from '@/components/ui/status-tag';
import { formatDate, formatMoney, formatWan } from '@/lib/format';
import type { DeliveryView } from '@/types/api';

import { PaidProgress } from './paid-progress';

/** How an administrator ended a delivery, with what due diligence (尽职免责) means for the lab's record. */
export function TerminationNotice({ termination }: { termination: NonNullable<DeliveryView['termination']> }) {
  const { t } = useTranslation('delivery');
  return (
    <Alert
      type="error"
      showIcon
      icon={<StopOutlined />}
      className="form-alert"
      data-testid="delivery-termination"
      data-due-diligence={termination.dueDiligence}
      title={t('termination.noticeTitle', { date: formatDate(termination.terminatedAt) })}
      description={
        <>
          <div className="pre-wrap">{termination.reason}</div>
          <div className="termination-diligence">
            {termination.dueDiligence ? t('termination.withDiligence') : t('termination.withoutDiligence')}
          </div>
        </>
      }
    />
  );
}

/** The head facts of a delivery: state, winning lab, amount, paid so far, dates, overdue count. */
export function DeliverySummary({ delivery }: { delivery: DeliveryView }) {
  const { t } = useTranslation('delivery');
  const d = delivery;
  return (
    <Card className="detail-card delivery-summary" data-testid="delivery-summary" data-status={d.challengeStatus}>
      <Row gutter={[16, 12]}>
        <Col xs={24} md={10}>
          <div className="fact-label">{t('summary.challenge')}</div>
          <div className="fact-value-sm">
            <Link to={`/challenges/${d.challengeId}`}>{d.challengeTitle}</Link>
          </div>
          <ChallengeStatusTag status={d.challengeStatus} testId="delivery-status" />
          {d.overdueCount > 0 && (
            <span className="delivery-overdue-count" data-testid="delivery-overdue-count">
              {t('summary.overdue', { count: d.overdueCount })}
            </span>
          )}
        </Col>
        <Col xs={24} md={7}>
          <div className="fact-label">{t('summary.lab')}</div>
          <div className="fact-value-sm">
            <Link to={`/labs/${d.lab.id}`}>{d.lab.name}</Link>
          </div>
          <div className="fact-sub">{d.lab.organizationName}</div>
        </Col>
        <Col xs={24} md={7}>
          <div className="fact-label">{t('summary.amount')}</div>
          <div className="fact-value-sm" data-testid="delivery-amount">
            {formatMoney(d.amount)}
          </div>
          <div className="fact-sub">{formatWan(d.amount)}</div>
        </Col>
        <Col xs={24} md={10}>
          <div className="fact-label">{t('summary.paid')}</div>
          <PaidProgress paid={d.paidTotal} amount={d.amount} testId="delivery-paid" />
        </Col>
        <Col xs={8} md={4}>
          <div className="fact-label">{t('summary.confirmedAt')}</div>
          <div>{formatDate(d.confirmedAt)}</div>
        </Col>
        <Col xs={8} md={5}>
          <div className="fact-label">{t('summary.startedAt')}</div>
          <div>{formatDate(d.startedAt)}</div>
        </Col>
        <Col xs={8} md={5}>
          <div className="fact-label">{t('summary.completedAt')}</div>
          <div data-testid="delivery-completed-at">{formatDate(d.completedAt)}</div>
        </Col>
      </Row>
      {d.termination && <TerminationNotice termination={d.termination} />}
    </Card>
  );
}
