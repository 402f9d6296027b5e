import { WarningOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { DecisionView, ScoreStatistics } from '@/types/api';

import { formatScore } from '../utils/scoring';

type ScoreDispersionProps = {
  statistics: ScoreStatistics;
  decision?: DecisionView | null;
  decisionPending?: boolean;
};

/**
 * A bid's mean total, the standard deviation of the reviewers' totals and, where they disagree strongly,
 * the non-consensus flag (非共识) with the state of its separate decision.
 */
export function ScoreDispersion({ statistics, decision, decisionPending = false }: ScoreDispersionProps) {
  const { t } = useTranslation('awards');
  if (statistics.count === 0) {
    return (
      <Typography.Text type="secondary" data-testid="dispersion-none">
        {t('statistics.none')}
      </Typography.Text>
    );
  }
  const currentDecision = decision?.current ? decision : undefined;
  return (
    <Space orientation="vertical" size={2} className="score-dispersion" data-testid="score-dispersion" data-flagged={statistics.flagged}>
      <span>
        <span className="fact-label">{t('statistics.mean')}</span>{' '}
        <strong data-testid="dispersion-mean">{formatScore(statistics.mean)}</strong>
      </span>
      <span>
        <span className="fact-label">{t('statistics.stddev')}</span>{' '}
        <span data-testid="dispersion-stddev">{formatScore(statistics.stddev)}</span>
        <Typography.Text type="secondary">{' '}{t('statistics.count', { count: statistics.count })}</Typography.Text>
      </span>
      {statistics.flagged && (
        <Tooltip title={t('statistics.flagHint')}>
          <Tag color="red" icon={<WarningOutlined />} data-testid="dispersion-flag">
            {t('statistics.flag')}
          </Tag>
        </Tooltip>
      )}
      {statistics.flagged && decisionPending && (
        <Tag color="gold" data-testid="dispersion-decision-pending">
          {decision && !decision.current ? t('statistics.decisionStale') : t('statistics.decisionPending')}
        </Tag>
      )}
      {currentDecision && (
        <Tag color="blue" data-testid="dispersion-decided">
          {t('statistics.decided', { score: formatScore(currentDecision.adoptedScore) })}
        </Tag>
      )}
    </Space>
  );
}
