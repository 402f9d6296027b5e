import { SafetyCertificateFilled } from '@ant-design/icons';
import { Card, Col, Descriptions, Row, Space, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '@/lib/format';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';
import type { LabProfileView } from '@/types/api';

function TextBlock({ text }: { text: string | null }) {
  const { t } = useTranslation('labs');
  return text ? <Typography.Paragraph className="pre-wrap">{text}</Typography.Paragraph> : <Typography.Text type="secondary">{t('profile.none')}</Typography.Text>;
}

/** A lab's public capability profile with its track record; `actions` are buttons other features add (invite to bid). */
export function LabProfile({ lab, actions }: { lab: LabProfileView; actions?: ReactNode }) {
  const { t } = useTranslation(['labs', 'common']);
  const taxonomy = useTaxonomyLabels();
  const record = lab.trackRecord;
  return (
    <div className="lab-profile" data-testid="lab-profile">
      <header className="challenge-detail-header">
        <Typography.Title level={2} className="challenge-detail-title" data-testid="lab-name">
          {lab.name}
        </Typography.Title>
        <div className="challenge-detail-org">
          {lab.organization.name}
          {lab.organization.verified && <SafetyCertificateFilled className="verified-mark" aria-label={t('profile.verified')} />}{' '}
          <Tag>{t(`common:organizationTypes.${lab.organization.type}`)}</Tag>
        </div>
        {lab.summary && <Typography.Paragraph className="challenge-detail-summary">{lab.summary}</Typography.Paragraph>}
        {actions && <div className="lab-profile-actions">{actions}</div>}
      </header>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Card title={t('fields.capabilities')} className="detail-card">
            <TextBlock text={lab.capabilities} />
          </Card>
          <Card title={t('fields.achievements')} className="detail-card">
            <TextBlock text={lab.achievements} />
          </Card>
          <Card title={t('fields.facilities')} className="detail-card">
            <TextBlock text={lab.facilities} />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('profile.facts')} className="detail-card">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('fields.leader')}>{lab.leader || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('fields.teamSize')}>{t('profile.teamSizeValue', { count: lab.teamSize })}</Descriptions.Item>
              <Descriptions.Item label={t('fields.region')}>
                {[taxonomy.label('regions', lab.province), lab.city].filter(Boolean).join(' · ') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('profile.updatedAt')}>{formatDateTime(lab.updatedAt)}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={t('fields.researchFields')} className="detail-card">
            <Space wrap size={[4, 4]}>
              {lab.researchFields.length > 0
                ? lab.researchFields.map((field) => (
                    <Tag key={field} color="blue">
                      {taxonomy.label('techFields', field)}
                    </Tag>
                  ))
                : '—'}
            </Space>
          </Card>
          <Card title={t('fields.keywords')} className="detail-card">
            <Space wrap size={[4, 4]}>{lab.keywords.length > 0 ? lab.keywords.map((keyword) => <Tag key={keyword}>{keyword}</Tag>) : '—'}</Space>
          </Card>
          <Card title={t('profile.trackRecord')} className="detail-card" data-testid="lab-track-record">
            <Row gutter={[12, 12]}>
              <Col span={12}>
                <Statistic title={t('profile.awarded')} value={record.awarded} data-testid="track-awarded" />
              </Col>
              <Col span={12}>
                <Statistic title={t('profile.completed')} value={record.completed} data-testid="track-completed" />
              </Col>
              <Col span={12}>
                <Statistic title={t('profile.terminated')} value={record.terminatedWithoutDueDiligence} data-testid="track-terminated" />
              </Col>
              <Col span={12}>
                <Statistic
                  title={t('profile.onTime')}
                  value={record.onTimeRatio === null ? '—' : `${Math.round(record.onTimeRatio * 100)}%`}
                  data-testid="track-on-time"
                />
              </Col>
            </Row>
            <Typography.Paragraph type="secondary" className="track-record-note">
              {t('profile.trackRecordNote')}
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
