import { CheckCircleOutlined, CloseCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Collapse, Descriptions, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { Markdown } from '@/components/ui/markdown';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { BidStatusTag } from '@/components/ui/status-tag';
import { formatDateTime, formatMoney, formatWan } from '@/lib/format';
import type { BidView, Partner, PlannedMilestone, TeamMember } from '@/types/api';

import { useVerifyBid } from '../api/get-challenge-bids';

/** One opened bid as its challenge's firm (or an administrator) reads it after the close. */
export function OpenedBid({ bid, index }: { bid: BidView; index: number }) {
  const { t } = useTranslation(['bids', 'common']);
  const verify = useVerifyBid();
  return (
    <Card
      className="opened-bid"
      title={
        <span>
          {t('opened.number', { number: index + 1 })} · {bid.lab.name}
        </span>
      }
      extra={<BidStatusTag status={bid.status} />}
      data-testid="opened-bid"
      data-bid-id={bid.id}
    >
      <Row gutter={[24, 12]} className="opened-bid-facts">
        <Col xs={24} md={8}>
          <div className="fact-label">{t('opened.organization')}</div>
          <div data-testid="opened-bid-organization">{bid.lab.organizationName}</div>
        </Col>
        <Col xs={12} md={8}>
          <div className="fact-label">{t('fields.quotedAmount')}</div>
          <div className="fact-value" data-testid="opened-bid-amount">
            {formatMoney(bid.quotedAmount)}
          </div>
          <div className="fact-sub">{formatWan(bid.quotedAmount)}</div>
        </Col>
        <Col xs={12} md={8}>
          <div className="fact-label">{t('fields.deliveryMonths')}</div>
          <div className="fact-value">{bid.deliveryMonths ? t('opened.months', { count: bid.deliveryMonths }) : '—'}</div>
        </Col>
      </Row>
      {bid.summary && <Typography.Paragraph className="opened-bid-summary">{bid.summary}</Typography.Paragraph>}

      <Collapse
        defaultActiveKey={['team', 'plan']}
        className="opened-bid-sections"
        items={[
          {
            key: 'approach',
            label: t('sections.approach'),
            children: <Markdown source={bid.technicalApproach} />,
          },
          {
            key: 'team',
            label: t('opened.teamCount', { count: bid.team.length }),
            children: (
              <Table<TeamMember & { key: number }>
                size="small"
                pagination={false}
                dataSource={bid.team.map((member, key) => ({ ...member, key }))}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: t('team.name'), dataIndex: 'name' },
                  { title: t('team.title'), dataIndex: 'title', render: (value: string | null) => value || '—' },
                  { title: t('team.role'), dataIndex: 'role' },
                ]}
              />
            ),
          },
          {
            key: 'partners',
            label: t('opened.partnerCount', { count: bid.partners.length }),
            children:
              bid.partners.length === 0 ? (
                <Typography.Text type="secondary">{t('opened.noPartners')}</Typography.Text>
              ) : (
                <Table<Partner & { key: number }>
                  size="small"
                  pagination={false}
                  dataSource={bid.partners.map((partner, key) => ({ ...partner, key }))}
                  scroll={{ x: 'max-content' }}
                  columns={[
                    { title: t('partners.name'), dataIndex: 'name' },
                    { title: t('partners.creditCodeLabel'), dataIndex: 'creditCode', render: (code: string) => <span className="monospace">{code}</span> },
                    { title: t('partners.role'), dataIndex: 'role' },
                  ]}
                />
              ),
          },
          {
            key: 'plan',
            label: t('sections.plan'),
            children: (
              <Table<PlannedMilestone & { key: number }>
                size="small"
                pagination={false}
                dataSource={bid.milestonePlan.map((milestone, key) => ({ ...milestone, key }))}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: '#', key: 'index', width: 40, render: (_, __, row) => row + 1 },
                  { title: t('plan.title'), dataIndex: 'title' },
                  { title: t('plan.deliverable'), dataIndex: 'deliverable' },
                  { title: t('plan.dueMonth'), dataIndex: 'dueMonth', render: (month: number) => t('opened.month', { month }) },
                  { title: t('plan.paymentPercent'), dataIndex: 'paymentPercent', render: (percent: number) => `${percent}%` },
                ]}
                data-testid="opened-bid-plan"
              />
            ),
          },
          {
            key: 'conflict',
            label: t('sections.conflict'),
            children: (
              <>
                <Typography.Paragraph>{bid.conflictDeclaration || '—'}</Typography.Paragraph>
                <Typography.Text type={bid.conflictAffirmed ? 'success' : 'danger'}>
                  {bid.conflictAffirmed ? t('opened.affirmed') : t('opened.notAffirmed')}
                </Typography.Text>
              </>
            ),
          },
        ]}
      />

      <div className="opened-bid-receipt">
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('receipt.commitment')}>
            <Typography.Text code className="commitment" copyable={{ tooltips: [t('common:actions.copy'), t('common:actions.copied')] }}>
              {bid.commitment ?? '—'}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('receipt.submittedAt')}>{formatDateTime(bid.submittedAt, 'YYYY-MM-DD HH:mm:ss')}</Descriptions.Item>
        </Descriptions>
        <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate(bid.id)} data-testid="opened-bid-verify">
          {t('opened.verify')}
        </Button>
        {verify.data && (
          <Alert
            className="opened-bid-verification"
            type={verify.data.matches ? 'success' : 'error'}
            showIcon
            icon={verify.data.matches ? <CheckCircleOutlined /> : <CloseCircleOutlined />}
            title={verify.data.matches ? t('opened.matches') : t('opened.mismatch')}
            description={
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('opened.recorded')}>
                  <span className="monospace commitment">{verify.data.recorded}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('opened.recomputed')}>
                  <span className="monospace commitment">{verify.data.recomputed}</span>
                </Descriptions.Item>
              </Descriptions>
            }
            data-testid="opened-bid-verification"
          />
        )}
        {verify.isError && <ProblemAlert error={verify.error} className="opened-bid-verification" />}
      </div>
    </Card>
  );
}
