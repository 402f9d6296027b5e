import { EnvironmentOutlined } from '@ant-design/icons';
import { Button, Empty, Skeleton, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { ChallengeStatusTag } from '@/components/ui/status-tag';
import { formatDateTime, formatWan } from '@/lib/format';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';

import { useRecommendations } from '../api/get-recommendations';
import { formatScore } from '../utils/match';
import { MatchExplanation } from './match-explanation';

/**
 * "为你推荐": challenges matched to the signed-in lab, each with its score and why it matches. `compact`
 * (the home page) leaves out the matched terms.
 */
export function RecommendedChallenges({ limit = 20, compact = false }: { limit?: number; compact?: boolean }) {
  const { t } = useTranslation(['search', 'common']);
  const taxonomy = useTaxonomyLabels();
  const recommendations = useRecommendations(limit);
  if (recommendations.isPending) {
    return <Skeleton active paragraph={{ rows: 6 }} />;
  }
  if (recommendations.isError) {
    return <QueryError error={recommendations.error} onRetry={() => void recommendations.refetch()} />;
  }
  if (recommendations.data.items.length === 0) {
    return (
      <Empty description={t('recommendations.empty')} data-testid="recommendations-empty">
        <Link to="/lab/profile">
          <Button type="primary">{t('recommendations.editProfile')}</Button>
        </Link>
      </Empty>
    );
  }
  return (
    <ol className={compact ? 'match-list match-list-compact' : 'match-list'} data-testid="recommendations">
      {recommendations.data.items.map(({ challenge: c, score, explanation }) => (
        <li key={c.id} className="match-item" data-testid="recommendation" data-challenge-id={c.id}>
          <div className="match-item-head">
            <div>
              <Space wrap size={[6, 6]} className="match-item-tags">
                <ChallengeStatusTag status={c.status} />
                {c.industryChain && <Tag color="blue">{taxonomy.label('industryChains', c.industryChain)}</Tag>}
              </Space>
              <Link to={`/challenges/${c.id}`} className="match-item-title" data-testid="recommendation-link">
                {c.title}
              </Link>
              <div className="match-item-meta">
                {c.organization && <span>{c.organization.name}</span>}
                <span>{formatWan(c.bounty)}</span>
                <span>{t('results.deadline', { time: formatDateTime(c.bidDeadline) })}</span>
                {c.province && (
                  <span>
                    <EnvironmentOutlined /> {taxonomy.label('regions', c.province)}
                  </span>
                )}
              </div>
            </div>
            <div className="match-item-side">
              <div className="match-score" data-testid="match-score">
                <span className="match-score-label">{t('match.score')}</span>
                <span className="match-score-value">{formatScore(score)}</span>
              </div>
            </div>
          </div>
          <MatchExplanation explanation={explanation} score={score} compact={compact} />
        </li>
      ))}
    </ol>
  );
}
