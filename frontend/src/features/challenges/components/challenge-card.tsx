import { EnvironmentOutlined, FileDoneOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DeadlineCountdown } from '@/components/ui/deadline-countdown';
import { ChallengeStatusTag } from '@/components/ui/status-tag';
import { formatDateTime } from '@/lib/format';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';
import type { ChallengeSummaryView } from '@/types/api';

import { BountyAmount, CapabilityTags, OrganizationName } from './challenge-meta';

/** A challenge in the market: bounty, deadline and countdown, organization, bid count, tags. */
export function ChallengeCard({ challenge }: { challenge: ChallengeSummaryView }) {
  const { t } = useTranslation('challenges');
  const taxonomy = useTaxonomyLabels();
  const c = challenge;
  return (
    <Card className="challenge-card" hoverable data-testid="challenge-card" data-challenge-id={c.id}>
      <div className="challenge-card-top">
        <Space wrap size={[6, 6]}>
          <ChallengeStatusTag status={c.status} />
          {c.industryChain && <Tag color="blue">{taxonomy.label('industryChains', c.industryChain)}</Tag>}
          {c.challengeType && <Tag color="volcano">{taxonomy.label('challengeTypes', c.challengeType)}</Tag>}
        </Space>
        <BountyAmount amount={c.bounty} className="challenge-card-bounty" />
      </div>
      <Link to={`/challenges/${c.id}`} className="challenge-card-title-link">
        <Typography.Title level={4} className="challenge-card-title">
          {c.title}
        </Typography.Title>
      </Link>
      <div className="challenge-card-org">
        <OrganizationName organization={c.organization} />
      </div>
      {c.summary && (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} className="challenge-card-summary">
          {c.summary}
        </Typography.Paragraph>
      )}
      <CapabilityTags tags={c.requiredCapabilities} limit={4} />
      <div className="challenge-card-footer">
        <span>
          {t('card.deadline', { time: formatDateTime(c.bidDeadline) })}
          {c.open && (
            <>
              {' · '}
              <DeadlineCountdown deadline={c.bidDeadline} />
            </>
          )}
        </span>
        <span className="challenge-card-meta">
          {(c.province || c.city) && (
            <span>
              <EnvironmentOutlined /> {[taxonomy.label('regions', c.province), c.city].filter(Boolean).join(' · ')}
            </span>
          )}
          <span data-testid="challenge-card-bids">
            <FileDoneOutlined /> {t('card.bids', { count: c.bidCount })}
          </span>
        </span>
      </div>
    </Card>
  );
}
