import { Col, Collapse, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { Markdown } from '@/components/ui/markdown';
import { formatMoney, formatWan } from '@/lib/format';
import type { BidView, Partner, PlannedMilestone, TeamMember } from '@/types/api';

type Section = 'approach' | 'team' | 'partners' | 'plan' | 'conflict';

/**
 * An opened bid, read-only: organization, quote and period, summary, and the technical approach (Markdown),
 * team, consortium partners, milestone plan and conflict declaration as collapsible sections. The firm's
 * bids page and the reviewers' scoring page show bids this way.
 */
export function BidContent({ bid, defaultOpen = ['team', 'plan'] }: { bid: BidView; defaultOpen?: Section[] }) {
  const { t } = useTranslation(['bids', 'common']);
  return (
    <>
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
        defaultActiveKey={defaultOpen}
        className="opened-bid-sections"
        items={[
          {
            key: 'approach',
            label: t('sections.approach'),
            children: <Markdown source={bid.technicalApproach} testId="bid-approach-view" />,
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

    </>
  );
}
