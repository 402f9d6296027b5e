import { Col, Progress, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { CRITERIA, type ScoreSummary } from '@/types/api';

import { formatScore } from '../utils/scoring';

/** The announced rubric totals: the mean total, each criterion's mean against its weight, any adopted score. */
export function ScoreSummaryView({ summary, testId }: { summary: ScoreSummary; testId?: string }) {
  const { t } = useTranslation('awards');
  return (
    <div className="score-summary" data-testid={testId}>
      <Row gutter={[24, 12]} align="middle">
        <Col xs={24} sm={8}>
          <div className="fact-label">{t('summary.total')}</div>
          <div className="fact-value score-summary-total" data-testid="summary-total">
            {formatScore(summary.total)}
          </div>
          <div className="fact-sub">{t('summary.reviewers', { count: summary.reviewers })}</div>
          {summary.adoptedScore !== null && summary.adoptedScore !== undefined && (
            <Typography.Text type="warning" data-testid="summary-adopted">
              {t('summary.adopted', { score: formatScore(summary.adoptedScore) })}
            </Typography.Text>
          )}
        </Col>
        <Col xs={24} sm={16}>
          {CRITERIA.map((criterion) => {
            const weight = summary.rubric[criterion];
            const value = summary[criterion];
            const percent = value !== null && weight > 0 ? Math.round((Number(value) / weight) * 100) : 0;
            return (
              <div key={criterion} className="score-summary-row">
                <span className="score-summary-label">{t(`criteria.${criterion}`)}</span>
                <Progress percent={percent} showInfo={false} size="small" className="score-summary-bar" />
                <span className="score-summary-value">
                  {formatScore(value)} / {weight}
                </span>
              </div>
            );
          })}
        </Col>
      </Row>
    </div>
  );
}
