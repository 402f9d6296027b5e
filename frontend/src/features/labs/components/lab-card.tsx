import { EnvironmentOutlined, SafetyCertificateFilled, TeamOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { HighlightedText } from '@/components/ui/highlighted-text';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';
import type { LabSearchHit, LabProfileView } from '@/types/api';

/**
 * A lab in the directory: name, organization, fields, keywords, size and place; with search `highlights`
 * the matched words are marked, and a capability snippet shows where the query matched.
 */
export function LabCard({ lab, highlights }: { lab: LabProfileView; highlights?: LabSearchHit['highlights'] }) {
  const { t } = useTranslation(['labs', 'common']);
  const taxonomy = useTaxonomyLabels();
  return (
    <Card className="lab-card" hoverable data-testid="lab-card" data-lab-id={lab.id}>
      <Link to={`/labs/${lab.id}`}>
        <Typography.Title level={4} className="lab-card-title">
          <HighlightedText segments={highlights?.name} fallback={lab.name} />
        </Typography.Title>
      </Link>
      <div className="lab-card-org">
        {lab.organization.name}
        {lab.organization.verified && (
          <Tooltip title={t('profile.verified')}>
            <SafetyCertificateFilled className="verified-mark" aria-label={t('profile.verified')} />
          </Tooltip>
        )}
        <Tag className="lab-card-type">{t(`common:organizationTypes.${lab.organization.type}`)}</Tag>
      </div>
      {lab.summary && (
        <Typography.Paragraph type="secondary" ellipsis={highlights?.summary?.length ? undefined : { rows: 2 }} className="lab-card-summary">
          <HighlightedText segments={highlights?.summary} fallback={lab.summary} />
        </Typography.Paragraph>
      )}
      {highlights?.capabilities?.some((segment) => segment.hit) && (
        <Typography.Paragraph type="secondary" className="lab-card-snippet" data-testid="lab-card-snippet">
          {t('directory.capabilities')}…<HighlightedText segments={highlights.capabilities} />…
        </Typography.Paragraph>
      )}
      <Space wrap size={[4, 4]} className="lab-card-fields">
        {lab.researchFields.slice(0, 4).map((field) => (
          <Tag key={field} color="blue">
            {taxonomy.label('techFields', field)}
          </Tag>
        ))}
        {lab.keywords.slice(0, 5).map((keyword) => (
          <Tag key={keyword}>{keyword}</Tag>
        ))}
      </Space>
      <div className="lab-card-footer">
        <span>
          <TeamOutlined /> {t('profile.teamSizeValue', { count: lab.teamSize })}
        </span>
        {(lab.province || lab.city) && (
          <span>
            <EnvironmentOutlined /> {[taxonomy.label('regions', lab.province), lab.city].filter(Boolean).join(' · ')}
          </span>
        )}
      </div>
    </Card>
  );
}
