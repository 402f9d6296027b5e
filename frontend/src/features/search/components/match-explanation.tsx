import { Progress, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { MATCH_FACTORS, type Explanation } from '@/types/api';

import { factorPercents, formatScore, isKnown } from '../utils/match';

/** Fields the matcher names in `matchedTerms`, each with a translated label. */
const MATCH_FIELDS = ['capabilities', 'tags', 'achievements', 'facilities', 'summary', 'name', 'title', 'indicators', 'description', 'chain'] as const;

const FACTOR_COLORS: Record<(typeof MATCH_FACTORS)[number], string> = {
  TEXT: '#1d4ed8',
  TAGS: '#0f766e',
  TRACK_RECORD: '#b45309',
  REGION: '#7c3aed',
};

/**
 * "为何匹配": the tags the two sides share, the matched terms grouped by field, and a bar per factor showing
 * its share of the score. Used for recommended labs and for recommended challenges alike.
 */
export function MatchExplanation({ explanation, score, compact = false }: { explanation: Explanation; score: number; compact?: boolean }) {
  const { t } = useTranslation('search');
  const fieldLabel = (field: string) => (isKnown(MATCH_FIELDS, field) ? t(`match.fields.${field}`) : field);
  const factorLabel = (factor: string) => (isKnown(MATCH_FACTORS, factor) ? t(`match.factorNames.${factor}`) : factor);
  const terms = Object.entries(explanation.matchedTerms ?? {}).filter(([, words]) => words.length > 0);
  const tags = explanation.matchedTags ?? [];
  const factors = explanation.factors ?? [];
  const percents = factorPercents(factors, score);
  const empty = tags.length === 0 && terms.length === 0 && factors.length === 0;

  return (
    <div className="match-explanation" data-testid="match-explanation">
      <Typography.Text strong className="match-why">
        {t('match.why')}
      </Typography.Text>
      {empty && <Typography.Paragraph type="secondary">{t('match.none')}</Typography.Paragraph>}
      {tags.length > 0 && (
        <div className="match-row">
          <span className="match-row-label">{t('match.tags')}</span>
          <span className="match-chips">
            {tags.map((tag) => (
              <Tag key={tag} color="blue" data-testid="match-tag">
                {tag}
              </Tag>
            ))}
          </span>
        </div>
      )}
      {!compact && terms.length > 0 && (
        <div className="match-row">
          <span className="match-row-label">{t('match.terms')}</span>
          <dl className="match-terms">
            {terms.map(([field, words]) => (
              <div key={field} className="match-term-group" data-testid="match-term-group" data-field={field}>
                <dt>{fieldLabel(field)}</dt>
                <dd className="match-chips">
                  {words.map((word) => (
                    <Tag key={word} data-testid="match-term">
                      {word}
                    </Tag>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {factors.length > 0 && (
        <div className="match-factors" aria-label={t('match.factors')}>
          {factors.map((factor, index) => (
            <div key={factor.factor} className="match-factor" data-testid="match-factor" data-factor={factor.factor}>
              <span className="match-factor-name">{factorLabel(factor.factor)}</span>
              <Tooltip title={t('match.factorValue', { share: formatScore(factor.share), percent: percents[index] })}>
                <Progress
                  percent={percents[index]}
                  size="small"
                  strokeColor={isKnown(MATCH_FACTORS, factor.factor) ? FACTOR_COLORS[factor.factor] : undefined}
                  format={(percent) => `${percent}%`}
                  aria-label={`${factorLabel(factor.factor)} ${percents[index]}%`}
                />
              </Tooltip>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
