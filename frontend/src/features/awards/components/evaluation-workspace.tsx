import { Card, Col, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { ChallengeStatusTag } from '@/components/ui/status-tag';
import { formatDateTime, formatMoney, formatWan } from '@/lib/format';

import { useEvaluation } from '../api/get-evaluation';
import { AwardPanel } from './award-panel';
import { BidComparison } from './bid-comparison';
import { EvaluationBlockers } from './evaluation-blockers';
import { ReviewerPanel } from './reviewer-panel';

/** The administrators' evaluation of one challenge: panel, bids side by side, blockers and the award. */
export function EvaluationWorkspace({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation(['awards', 'challenges', 'common']);
  const evaluation = useEvaluation(challengeId);
  if (evaluation.isPending) {
    return <Skeleton active paragraph={{ rows: 12 }} />;
  }
  if (evaluation.isError) {
    return <QueryError error={evaluation.error} onRetry={() => void evaluation.refetch()} />;
  }
  const view = evaluation.data;
  const c = view.challenge;
  return (
    <div className="evaluation-workspace" data-testid="evaluation-workspace" data-status={c.status}>
      <Card className="detail-card">
        <Row gutter={[16, 12]}>
          <Col xs={24} md={10}>
            <div className="fact-label">{t('challenges:fields.title')}</div>
            <Link to={`/challenges/${c.id}`}>{c.title}</Link> <ChallengeStatusTag status={c.status} testId="evaluation-status" />
          </Col>
          <Col xs={12} md={5}>
            <div className="fact-label">{t('challenges:fields.bounty')}</div>
            {formatMoney(c.bounty)}
            <div className="fact-sub">{formatWan(c.bounty)}</div>
          </Col>
          <Col xs={12} md={5}>
            <div className="fact-label">{t('workspace.closedAt')}</div>
            {formatDateTime(c.closedAt)}
          </Col>
          <Col xs={12} md={4}>
            <div className="fact-label">{t('workspace.bids')}</div>
            {view.bids.length}
          </Col>
        </Row>
      </Card>
      <ReviewerPanel evaluation={view} />
      <EvaluationBlockers evaluation={view} />
      <BidComparison evaluation={view} />
      <AwardPanel evaluation={view} />
    </div>
  );
}
