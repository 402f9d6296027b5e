import { Alert, App } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { DeliveryView, MilestoneView } from '@/types/api';

import type { ResultOwner } from '../api/get-challenge-result';
import { currentMilestone } from '../utils/milestone-state';
import { DeliverySummary } from './delivery-summary';
import { MilestoneCard } from './milestone-card';
import { ReportForm } from './report-form';
import { ResultsPanel } from './results-form';

type LabDeliveryProps = {
  delivery: DeliveryView;
  resultOwner: ResultOwner;
  /** The evidence files of a milestone, editable while it may be reported (composed by the app). */
  renderEvidence: (milestone: MilestoneView, editable: boolean) => ReactNode;
};

/**
 * The winning lab's milestone reports: for each planned or returned milestone a report with evidence
 * links and files; a returned one shows the firm's comments above its resubmission. After completion the
 * lab may publish the results summary.
 */
export function LabDelivery({ delivery, resultOwner, renderEvidence }: LabDeliveryProps) {
  const { t } = useTranslation('delivery');
  const { message } = App.useApp();
  const next = currentMilestone(delivery.milestones);
  const returned = delivery.milestones.filter((m) => m.status === 'RETURNED').length;

  return (
    <div className="delivery-workspace" data-testid="lab-delivery">
      <DeliverySummary delivery={delivery} />
      {delivery.challengeStatus === 'COMPLETED' && <ResultsPanel owner={resultOwner} canPublish />}
      {returned > 0 && <Alert type="warning" showIcon className="form-alert" data-testid="lab-returned" title={t('labReport.returned', { count: returned })} />}
      {delivery.challengeStatus === 'AWARDED' && next && (
        <Alert type="info" showIcon className="form-alert" data-testid="lab-start" title={t('labReport.start')} />
      )}
      {delivery.milestones.map((m) => {
        const reportable = m.actions.includes('REPORT');
        return (
          <MilestoneCard key={m.id} milestone={m} evidence={renderEvidence(m, m.actions.includes('ATTACH'))}>
            {reportable && (
              <ReportForm
                key={`${m.status}-${m.report?.submissionCount ?? 0}`}
                challengeId={delivery.challengeId}
                milestone={m}
                onReported={() => void message.success(t('labReport.sent', { seq: m.seq }))}
              />
            )}
            {m.status === 'SUBMITTED' && (
              <Alert type="info" showIcon className="form-alert" data-testid="lab-awaiting" title={t('labReport.awaiting')} />
            )}
          </MilestoneCard>
        );
      })}
    </div>
  );
}
