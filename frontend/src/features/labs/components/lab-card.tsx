import { EnvironmentOutlined, SafetyCertificateFilled, TeamOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';
import type { LabProfileView } from '@/types/api';

/** A lab in the directory: name, organization, fields, keywords, size and place. */
export function LabCard({ lab }: { lab: LabProfileView }) {
  const { t } = useTranslation(['labs', 'common']);
  const taxonomy = useTaxonomyLabels();
  return (
    <Card className="lab-card" hoverable data-testid="lab-card">
      <Link to={`/labs/${lab.id}`}>
        <Typography.Title level={4} className="lab-card-title">
          {lab.name}
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
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }}>
          {lab.summary}
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
