import { CheckCircleFilled, ClockCircleFilled, SafetyCertificateOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Empty, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { CopyableCode } from '@/components/ui/copyable-code';
import { RoleTag } from '@/components/ui/role-tag';
import type { Me, UserLab, UserOrganization } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { labelOf, useTaxonomy } from '@/lib/taxonomy';

function VerificationTag({ organization }: { organization: UserOrganization }) {
  const { t } = useTranslation('accounts');
  return organization.verified ? (
    <Tag color="success" icon={<CheckCircleFilled />} data-testid="organization-verified">
      {t('account.verified')}
    </Tag>
  ) : (
    <Tag color="warning" icon={<ClockCircleFilled />} data-testid="organization-unverified">
      {t('account.unverified')}
    </Tag>
  );
}

function OrganizationCard({ me, organization }: { me: Me; organization: UserOrganization }) {
  const { t } = useTranslation(['accounts', 'common']);
  const taxonomy = useTaxonomy();
  const province = labelOf(taxonomy.data?.regions, organization.province, currentLanguage());
  return (
    <Card
      title={
        <Space>
          <SafetyCertificateOutlined />
          {t('account.organizationTitle')}
        </Space>
      }
      extra={<VerificationTag organization={organization} />}
      data-testid="organization-card"
    >
      {!organization.verified && (
        <Alert
          type="warning"
          showIcon
          className="card-alert"
          title={t('account.unverifiedTitle')}
          description={t(`account.unverifiedDescription.${me.role === 'LAB' ? 'LAB' : 'FIRM'}`)}
        />
      )}
      <Descriptions column={{ xs: 1, sm: 1, md: 2 }} colon={false} size="small" className="account-descriptions">
        <Descriptions.Item label={t('fields.organizationName')} span="filled">
          <span data-testid="organization-name">{organization.name}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.organizationType')}>
          {t(`common:organizationTypes.${organization.type}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.creditCode')}>
          <Typography.Text className="monospace">{organization.creditCode}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.region')}>
          {[province, organization.city].filter(Boolean).join(' · ')}
        </Descriptions.Item>
        {organization.verified && (
          <Descriptions.Item label={t('account.verifiedAt')}>{formatDateTime(organization.verifiedAt)}</Descriptions.Item>
        )}
      </Descriptions>
      {organization.invitationCode && (
        <div className="invitation-block">
          <div className="invitation-label">{t('account.organizationInvitation')}</div>
          <CopyableCode value={organization.invitationCode} testId="organization-invitation-code" />
          <Typography.Paragraph type="secondary" className="invitation-hint">
            {t(`account.organizationInvitationHint.${me.role === 'LAB' ? 'LAB' : 'FIRM'}`)}
          </Typography.Paragraph>
        </div>
      )}
    </Card>
  );
}

function LabCard({ lab }: { lab: UserLab }) {
  const { t } = useTranslation('accounts');
  return (
    <Card
      title={
        <Space>
          <TeamOutlined />
          {t('account.labTitle')}
        </Space>
      }
      data-testid="lab-card"
    >
      <Descriptions column={1} colon={false} size="small" className="account-descriptions">
        <Descriptions.Item label={t('fields.labName')}>
          <span data-testid="lab-name">{lab.name}</span>
        </Descriptions.Item>
      </Descriptions>
      {lab.invitationCode && (
        <div className="invitation-block">
          <div className="invitation-label">{t('account.labInvitation')}</div>
          <CopyableCode value={lab.invitationCode} testId="lab-invitation-code" />
          <Typography.Paragraph type="secondary" className="invitation-hint">
            {t('account.labInvitationHint')}
          </Typography.Paragraph>
        </div>
      )}
    </Card>
  );
}

/** The signed-in user's account, organization (with its verification state) and lab. */
export function AccountOverview({ me }: { me: Me }) {
  const { t } = useTranslation('accounts');
  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} lg={10}>
        <Card
          title={
            <Space>
              <UserOutlined />
              {t('account.userTitle')}
            </Space>
          }
          extra={<RoleTag role={me.role} />}
          data-testid="user-card"
        >
          <Descriptions column={1} colon={false} size="small" className="account-descriptions">
            <Descriptions.Item label={t('fields.username')}>
              <span data-testid="account-username">{me.username}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.displayName')}>{me.displayName}</Descriptions.Item>
            <Descriptions.Item label={t('fields.email')}>{me.email || t('account.noEmail')}</Descriptions.Item>
            <Descriptions.Item label={t('fields.role')}>{t(`account.roleDescription.${me.role}`)}</Descriptions.Item>
            {me.role === 'EXPERT' && me.expertise.length > 0 && (
              <Descriptions.Item label={t('fields.expertise')}>
                <Space size={[4, 4]} wrap>
                  {me.expertise.map((field) => (
                    <Tag key={field}>{field}</Tag>
                  ))}
                </Space>
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Space orientation="vertical" size={24} className="full-width">
          {me.organization ? (
            <OrganizationCard me={me} organization={me.organization} />
          ) : (
            <Card title={t('account.organizationTitle')}>
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('account.noOrganization')} />
            </Card>
          )}
          {me.lab && <LabCard lab={me.lab} />}
        </Space>
      </Col>
    </Row>
  );
}
