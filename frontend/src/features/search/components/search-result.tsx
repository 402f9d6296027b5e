import { EnvironmentOutlined, FileDoneOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { HighlightedText } from '@/components/ui/highlighted-text';
import { ChallengeStatusTag } from '@/components/ui/status-tag';
import { formatAmountHint, formatDateTime, formatMoney, formatWan } from '@/lib/format';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';
import type { ChallengeSearchHit } from '@/types/api';

/** One search hit: the title, summary and a description snippet with the matched words marked. */
export function SearchResult({ hit }: { hit: ChallengeSearchHit }) {
  const { t, i18n } = useTranslation('search');
  const taxonomy = useTaxonomyLabels();
  const c = hit.challenge;
  const highlights = hit.highlights ?? {};
  const description = highlights.description?.some((segment) => segment.hit) ? highlights.description : undefined;
  const bounty = c.bounty === null ? '—' : i18n.language === 'en' ? (formatAmountHint(c.bounty, 'en') ?? formatMoney(c.bounty)) : formatWan(c.bounty);
  return (
    <Card className="search-result" data-testid="search-result" data-challenge-id={c.id}>
      <div className="search-result-top">
        <Space wrap size={[6, 6]}>
          <ChallengeStatusTag status={c.status} />
          {c.industryChain && <Tag color="blue">{taxonomy.label('industryChains', c.industryChain)}</Tag>}
          {c.challengeType && <Tag color="volcano">{taxonomy.label('challengeTypes', c.challengeType)}</Tag>}
        </Space>
        <Tooltip title={formatMoney(c.bounty)}>
          <span className="bounty-amount search-result-bounty">{bounty}</span>
        </Tooltip>
      </div>
      <Link to={`/challenges/${c.id}`} className="search-result-title-link" data-testid="search-result-link">
        <Typography.Title level={4} className="search-result-title">
          <HighlightedText segments={highlights.title} fallback={c.title} />
        </Typography.Title>
      </Link>
      {c.organization && <div className="search-result-org">{c.organization.name}</div>}
      {(c.summary || highlights.summary?.length) && (
        <Typography.Paragraph type="secondary" className="search-result-summary">
          <HighlightedText segments={highlights.summary} fallback={c.summary} />
        </Typography.Paragraph>
      )}
      {description && (
        <Typography.Paragraph type="secondary" className="search-result-snippet" data-testid="search-result-snippet">
          …<HighlightedText segments={description} />…
        </Typography.Paragraph>
      )}
      <div className="search-result-footer">
        <span>{t('results.deadline', { time: formatDateTime(c.bidDeadline) })}</span>
        {(c.province || c.city) && (
          <span>
            <EnvironmentOutlined /> {[taxonomy.label('regions', c.province), c.city].filter(Boolean).join(' · ')}
          </span>
        )}
        <span>
          <FileDoneOutlined /> {t('results.bids', { count: c.bidCount })}
        </span>
      </div>
    </Card>
  );
}
