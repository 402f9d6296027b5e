import { InfoCircleOutlined, LockOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Alert, Button, Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { ChallengeStatusTag } from '@/components/ui/status-tag';
import { DeadlineCountdown } from '@/components/ui/deadline-countdown';
import { Markdown } from '@/components/ui/markdown';
import { loginPath, useUser } from '@/lib/auth';
import { formatDateTime, formatMoney } from '@/lib/format';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';
import { PUBLIC_CHALLENGE_STATUSES, type ChallengeView } from '@/types/api';

import { RUBRIC_KEYS } from '../utils/wizard-values';
import { AmendmentNotices } from './amendment-notices';
import { ChallengeActions } from './challenge-actions';
import { Clarifications } from './clarifications';
import { FollowButton } from './follow-button';
import { BountyAmount, CapabilityTags, OrganizationName } from './challenge-meta';
import { IndicatorsTable } from './indicators-table';
import { ReviewInfo } from './review-info';

/**
 * Everything a viewer may see of a challenge, with the actions open to them, and its questions and
 * answers; `extraActions` are buttons the app adds from other features (the administrators' evaluation
 * workspace), `mainExtra` and `asideExtra` sections it adds (documents, invitations).
 */
export function ChallengeDetail({
  challenge,
  signedIn,
  extraActions,
  mainExtra,
  asideExtra,
}: {
  challenge: ChallengeView;
  signedIn: boolean;
  extraActions?: ReactNode;
  /** Sections from other features under the description (the challenge's documents). */
  mainExtra?: ReactNode;
  /** Cards from other features at the top of the side column (the firm's invitations). */
  asideExtra?: ReactNode;
}) {
  const { t } = useTranslation(['challenges', 'common']);
  const { data: user } = useUser();
  const followable = user?.role === 'LAB' && PUBLIC_CHALLENGE_STATUSES.includes(challenge.status);
  const taxonomy = useTaxonomyLabels();
  const location = useLocation();
  const c = challenge;
  const eligibleTypes = c.eligibility?.organizationTypes ?? [];
  const eligibleRegions = c.eligibility?.regions ?? [];

  return (
    <div className="challenge-detail" data-testid="challenge-detail">
      <header className="challenge-detail-header">
        <Space wrap size={[8, 8]} className="challenge-detail-tags">
          <ChallengeStatusTag status={c.status} testId="challenge-status" />
          {c.industryChain && <Tag color="blue">{taxonomy.label('industryChains', c.industryChain)}</Tag>}
          {c.challengeType && <Tag color="volcano">{taxonomy.label('challengeTypes', c.challengeType)}</Tag>}
          {c.techFields.map((field) => (
            <Tag key={field}>{taxonomy.label('techFields', field)}</Tag>
          ))}
        </Space>
        <Typography.Title level={2} className="challenge-detail-title" data-testid="challenge-title">
          {c.title}
        </Typography.Title>
        <div className="challenge-detail-org">
          <OrganizationName organization={c.organization} />
          {c.publishedAt && (
            <Typography.Text type="secondary">
              {' · '}
              {t('detail.publishedAt', { time: formatDateTime(c.publishedAt) })}
            </Typography.Text>
          )}
        </div>
        {c.summary && <Typography.Paragraph className="challenge-detail-summary">{c.summary}</Typography.Paragraph>}
      </header>

      <Card className="challenge-facts" variant="outlined">
        <Row gutter={[24, 16]}>
          <Col xs={12} md={6}>
            <div className="fact-label">{t('fields.bounty')}</div>
            <div className="fact-value fact-bounty">
              <BountyAmount amount={c.bounty} testId="challenge-bounty" />
            </div>
            <div className="fact-sub">{formatMoney(c.bounty)}</div>
          </Col>
          <Col xs={12} md={6}>
            <div className="fact-label">{t('fields.bidDeadline')}</div>
            <div className="fact-value" data-testid="challenge-deadline">
              {formatDateTime(c.bidDeadline)}
            </div>
            <div className="fact-sub">
              {c.status === 'PUBLISHED' ? (
                <DeadlineCountdown deadline={c.bidDeadline} testId="challenge-countdown" />
              ) : (
                t('common:time.beijing')
              )}
            </div>
          </Col>
          <Col xs={12} md={6}>
            <div className="fact-label">{t('fields.deliveryMonths')}</div>
            <div className="fact-value">{c.deliveryMonths ? t('units.monthsValue', { count: c.deliveryMonths }) : '—'}</div>
          </Col>
          <Col xs={12} md={6}>
            <div className="fact-label">{t('fields.bidCount')}</div>
            <div className="fact-value" data-testid="challenge-bid-count">
              {c.bidCount}
            </div>
            <div className="fact-sub">{c.status === 'PUBLISHED' ? t('detail.sealedHint') : t('detail.bidCountHint')}</div>
          </Col>
        </Row>
        <div className="challenge-actions-row">
          <ChallengeActions challenge={c} extra={followable ? <FollowButton challenge={c} /> : undefined} />
          {extraActions && <div className="challenge-extra-actions">{extraActions}</div>}
        </div>
      </Card>

      {c.review && <ReviewInfo challenge={c} />}
      {c.amendments.length > 0 && <AmendmentNotices amendments={c.amendments} />}

      <Row gutter={[24, 24]} className="challenge-detail-body">
        <Col xs={24} lg={16}>
          <Card title={t('detail.indicators')} className="detail-card">
            <IndicatorsTable indicators={c.technicalIndicators} />
          </Card>
          <Card title={t('detail.description')} className="detail-card">
            <Markdown source={c.description} testId="challenge-description" />
          </Card>
          {mainExtra}
          <Clarifications challenge={c} />
        </Col>
        <Col xs={24} lg={8}>
          {asideExtra}
          <Card title={t('fields.requiredCapabilities')} className="detail-card">
            {c.requiredCapabilities.length > 0 ? <CapabilityTags tags={c.requiredCapabilities} /> : '—'}
          </Card>
          <Card title={t('fields.eligibility')} className="detail-card" data-testid="challenge-eligibility">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('fields.eligibleOrganizationTypes')}>
                {eligibleTypes.length > 0
                  ? eligibleTypes.map((type) => <Tag key={type}>{t(`common:organizationTypes.${type}`)}</Tag>)
                  : t('detail.anyOrganizationType')}
              </Descriptions.Item>
              <Descriptions.Item label={t('fields.eligibleRegions')}>
                {eligibleRegions.length > 0
                  ? eligibleRegions.map((region) => <Tag key={region}>{taxonomy.label('regions', region)}</Tag>)
                  : t('detail.anyRegion')}
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.verifiedRequired')}>{t('detail.verifiedRequiredText')}</Descriptions.Item>
            </Descriptions>
            {c.eligibility?.text && <Typography.Paragraph className="eligibility-text">{c.eligibility.text}</Typography.Paragraph>}
          </Card>
          <Card title={t('detail.terms')} className="detail-card">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('fields.ipTerms')}>{c.ipTerms ? taxonomy.label('ipTerms', c.ipTerms) : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('fields.region')}>
                {[taxonomy.label('regions', c.province), c.city].filter(Boolean).join(' · ') || '—'}
              </Descriptions.Item>
              {c.rubric &&
                RUBRIC_KEYS.map((key) => (
                  <Descriptions.Item key={key} label={t(`rubric.${key}`)}>
                    {c.rubric![key]}%
                  </Descriptions.Item>
                ))}
            </Descriptions>
          </Card>
          <Card title={t('fields.contact')} className="detail-card" data-testid="challenge-contact">
            {c.contact ? (
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('fields.contactName')}>{c.contact.name || '—'}</Descriptions.Item>
                <Descriptions.Item label={t('fields.contactPhone')}>
                  {c.contact.phone ? <a href={`tel:${c.contact.phone}`}>{c.contact.phone}</a> : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('fields.contactEmail')}>
                  {c.contact.email ? <a href={`mailto:${c.contact.email}`}>{c.contact.email}</a> : '—'}
                </Descriptions.Item>
              </Descriptions>
            ) : (
              <div className="contact-locked">
                <Typography.Paragraph type="secondary">
                  <LockOutlined /> {t('detail.contactLocked')}
                </Typography.Paragraph>
                {!signedIn && (
                  <Link to={loginPath(location.pathname)}>
                    <Button size="small">{t('common:actions.login')}</Button>
                  </Link>
                )}
              </div>
            )}
          </Card>
          {c.status === 'PUBLISHED' && (
            <Alert type="info" showIcon icon={<InfoCircleOutlined />} title={t('detail.sealedTitle')} description={t('detail.sealedDescription')} />
          )}
        </Col>
      </Row>
    </div>
  );
}
