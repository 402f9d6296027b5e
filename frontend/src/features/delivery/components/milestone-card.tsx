import { LinkOutlined, PaperClipOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDate, formatDateTime, formatMoney } from '@/lib/format';
import type { MilestoneView } from '@/types/api';

import { daysPastDue, milestoneTone } from '../utils/milestone-state';
import { MilestoneStatusTags } from './milestone-tags';
import { PaidProgress } from './paid-progress';

type MilestoneCardProps = {
  milestone: MilestoneView;
  /** The evidence files (the app composes them from the attachments feature). */
  evidence?: ReactNode;
  /** Buttons for the viewer's actions (accept, return, pay). */
  actions?: ReactNode;
  /** A form under the facts (the lab's report). */
  children?: ReactNode;
};

/** The firm's latest request for revision: prominent while the milestone is returned, quieter after a new report. */
function ReturnComments({ milestone: m }: { milestone: MilestoneView }) {
  const { t } = useTranslation('delivery');
  if (!m.returnComments) {
    return null;
  }
  const open = m.status === 'RETURNED';
  return (
    <Alert
      type={open ? 'warning' : 'info'}
      showIcon
      icon={<RollbackOutlined />}
      className="form-alert"
      data-testid="milestone-return-comments"
      data-open={open}
      title={open ? t('milestone.returnedAt', { time: formatDateTime(m.returnedAt) }) : t('milestone.previousReturn', { time: formatDateTime(m.returnedAt) })}
      description={<div className="pre-wrap">{m.returnComments}</div>}
    />
  );
}

/** The lab's latest report: text, when, how many times, and its evidence links. */
function ReportBlock({ milestone: m }: { milestone: MilestoneView }) {
  const { t } = useTranslation('delivery');
  if (!m.report) {
    return (
      <Typography.Paragraph type="secondary" data-testid="milestone-no-report">
        {t('milestone.noReport')}
      </Typography.Paragraph>
    );
  }
  const onTime = Date.parse(m.report.submittedAt) <= Date.parse(m.dueAt);
  return (
    <div className="milestone-report" data-testid="milestone-report">
      <div className="fact-label">
        {t('milestone.report')}{' '}
        <Typography.Text type="secondary">
          {t('milestone.submittedAt', { time: formatDateTime(m.report.submittedAt), count: m.report.submissionCount })}
        </Typography.Text>{' '}
        {!onTime && (
          <Typography.Text type="danger" data-testid="milestone-late-report">
            {t('milestone.lateReport')}
          </Typography.Text>
        )}
      </div>
      <Typography.Paragraph className="pre-wrap milestone-report-text" data-testid="milestone-report-text">
        {m.report.text}
      </Typography.Paragraph>
      {m.report.evidenceLinks.length > 0 && (
        <ul className="evidence-links" data-testid="milestone-evidence-links">
          {m.report.evidenceLinks.map((link) => (
            <li key={link}>
              <LinkOutlined />{' '}
              <a href={link} target="_blank" rel="noopener noreferrer nofollow">
                {link}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Everything the firm, the winning lab and administrators see of one milestone, with their actions. */
export function MilestoneCard({ milestone: m, evidence, actions, children }: MilestoneCardProps) {
  const { t } = useTranslation('delivery');
  const tone = milestoneTone(m);
  const late = m.overdue ? daysPastDue(m.dueDate) : 0;
  return (
    <Card
      className={`detail-card milestone-card milestone-card-${tone}`}
      data-testid="milestone-card"
      data-milestone-id={m.id}
      data-seq={m.seq}
      data-status={m.status}
      data-tone={tone}
      title={
        <span className="milestone-card-title">
          <span className="milestone-card-seq">{t('timeline.seq', { seq: m.seq })}</span> {m.title}
        </span>
      }
      extra={<MilestoneStatusTags milestone={m} />}
    >
      <Row gutter={[16, 12]} className="milestone-facts">
        <Col xs={24} md={9}>
          <div className="fact-label">{t('milestone.deliverable')}</div>
          <div className="pre-wrap">{m.deliverable}</div>
        </Col>
        <Col xs={12} md={5}>
          <div className="fact-label">{t('milestone.dueDate')}</div>
          <div className={m.overdue ? 'text-overdue' : undefined} data-testid="milestone-due">
            {m.dueDate}
          </div>
          <div className="fact-sub">{late > 0 ? t('overdue.days', { count: late }) : t('milestone.dueMonth', { count: m.dueMonth })}</div>
        </Col>
        <Col xs={12} md={5}>
          <div className="fact-label">{t('milestone.payment')}</div>
          <div data-testid="milestone-amount">{formatMoney(m.paymentAmount)}</div>
          <div className="fact-sub">{t('milestone.percent', { percent: m.paymentPercent })}</div>
        </Col>
        <Col xs={24} md={5}>
          <div className="fact-label">{t('milestone.paid')}</div>
          <PaidProgress paid={m.paidAmount} amount={m.paymentAmount} testId="milestone-paid" />
        </Col>
      </Row>
      {m.acceptedAt && (
        <Typography.Paragraph type="success" className="milestone-accepted" data-testid="milestone-accepted-at">
          {t('milestone.acceptedAt', { time: formatDateTime(m.acceptedAt) })}
        </Typography.Paragraph>
      )}
      <ReturnComments milestone={m} />
      <ReportBlock milestone={m} />
      {evidence && (
        <div className="milestone-evidence" data-testid="milestone-evidence">
          <div className="fact-label">
            <PaperClipOutlined /> {t('milestone.evidence')}
          </div>
          {evidence}
        </div>
      )}
      {m.payments.length > 0 && (
        <div className="milestone-payments" data-testid="milestone-payments">
          <div className="fact-label">{t('milestone.payments')}</div>
          <ul className="payment-list">
            {m.payments.map((payment) => (
              <li key={payment.id} data-testid="milestone-payment">
                <span className="payment-date">{payment.paidOn}</span>
                <span className="payment-amount">{formatMoney(payment.amount)}</span>
                {payment.note && <Typography.Text type="secondary">{payment.note}</Typography.Text>}
                <Typography.Text type="secondary" className="payment-recorded">
                  {t('milestone.recordedAt', { time: formatDate(payment.recordedAt) })}
                </Typography.Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      {children}
      {actions && <div className="milestone-actions">{actions}</div>}
    </Card>
  );
}
