import { BulbOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Card, Empty, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { isApiError } from '@/lib/api-client';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';
import type { LabProfileView } from '@/types/api';

import { useChallengeMatches } from '../api/get-challenge-matches';
import { formatScore } from '../utils/match';
import { MatchExplanation } from './match-explanation';

type RecommendedLabsProps = {
  challengeId: string;
  /** Actions per lab (the app passes the invitation button while the challenge takes bids). */
  renderActions?: (lab: LabProfileView) => ReactNode;
  /** Shown under the list, e.g. why labs cannot be invited any more. */
  footer?: ReactNode;
};

/**
 * Labs recommended for a challenge, each with its score and why it matches. Only the challenge's firm and
 * administrators may see them: for anyone else the server refuses and the panel is not shown at all.
 */
export function RecommendedLabs({ challengeId, renderActions, footer }: RecommendedLabsProps) {
  const { t } = useTranslation(['search', 'common']);
  const taxonomy = useTaxonomyLabels();
  const matches = useChallengeMatches(challengeId);
  if (matches.isError && isApiError(matches.error) && (matches.error.status === 401 || matches.error.status === 403)) {
    return null;
  }
  let body;
  if (matches.isPending) {
    body = <Skeleton active paragraph={{ rows: 4 }} />;
  } else if (matches.isError) {
    body = <QueryError error={matches.error} onRetry={() => void matches.refetch()} />;
  } else if (matches.data.items.length === 0) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('recommendedLabs.empty')} data-testid="recommended-labs-empty" />;
  } else {
    body = (
      <ol className="match-list">
        {matches.data.items.map(({ lab, score, explanation }) => (
          <li key={lab.id} className="match-item" data-testid="recommended-lab" data-lab-id={lab.id}>
            <div className="match-item-head">
              <div>
                <Link to={`/labs/${lab.id}`} className="match-item-title">
                  {lab.name}
                </Link>
                <div className="match-item-meta">
                  <span>{lab.organization.name}</span>
                  {(lab.province || lab.city) && (
                    <span>
                      <EnvironmentOutlined /> {[taxonomy.label('regions', lab.province), lab.city].filter(Boolean).join(' · ')}
                    </span>
                  )}
                </div>
              </div>
              <div className="match-item-side">
                <div className="match-score" data-testid="match-score">
                  <span className="match-score-label">{t('match.score')}</span>
                  <span className="match-score-value">{formatScore(score)}</span>
                </div>
                {renderActions?.(lab)}
              </div>
            </div>
            <MatchExplanation explanation={explanation} score={score} />
          </li>
        ))}
      </ol>
    );
  }
  return (
    <Card
      title={
        <span>
          <BulbOutlined /> {t('recommendedLabs.title')}
        </span>
      }
      className="detail-card"
      data-testid="recommended-labs"
    >
      <Typography.Paragraph type="secondary">{t('recommendedLabs.hint')}</Typography.Paragraph>
      {body}
      {footer}
    </Card>
  );
}
