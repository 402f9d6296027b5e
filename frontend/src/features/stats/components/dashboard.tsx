import { FlagOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, List, Row, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { formatCount, formatDateTime, formatMoney, formatWan } from '@/lib/format';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';
import { CHALLENGE_STATUSES, type ChallengeStatus, type DashboardView, type RedFlag } from '@/types/api';

import { useDashboard } from '../api/get-dashboard';
import { bidsHistogramOption, bountyOption, chainBarOption, ratioGaugeOption, statusBarOption } from '../utils/chart-options';
import { percentText, plainDecimal } from '../utils/figures';
import { LazyChart } from './lazy-chart';


/** A chart with its numbers as a small table underneath. */
function ChartCard({ title, testId, chart, table, extra }: { title: ReactNode; testId: string; chart: ReactNode; table: ReactNode; extra?: ReactNode }) {
  return (
    <Card title={title} className="detail-card dashboard-card" data-testid={testId} extra={extra}>
      {chart}
      <div className="dashboard-table">{table}</div>
    </Card>
  );
}

type FigureRow = { key: string; label: ReactNode; value: ReactNode; extra?: ReactNode };

function FigureTable({ rows, columns, testId }: { rows: FigureRow[]; columns: [string, string, string?]; testId: string }) {
  return (
    <Table<FigureRow>
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      data-testid={testId}
      columns={[
        { title: columns[0], dataIndex: 'label', key: 'label' },
        { title: columns[1], dataIndex: 'value', key: 'value', align: 'right' },
        ...(columns[2] ? [{ title: columns[2], dataIndex: 'extra', key: 'extra', align: 'right' as const }] : []),
      ]}
    />
  );
}

function RedFlags({ flags }: { flags: RedFlag[] }) {
  const { t } = useTranslation('stats');
  if (flags.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.flags.none')} data-testid="red-flags-empty" />;
  }
  return (
    <List
      dataSource={flags}
      data-testid="red-flags"
      renderItem={(flag, index) => {
        const type = flag.type === 'SINGLE_BID' || flag.type === 'REPEATED_WINNER' || flag.type === 'SHORT_BIDDING_WINDOW' ? flag.type : 'OTHER';
        return (
          <List.Item key={`${flag.type}-${flag.challengeId ?? flag.labId}-${index}`} data-testid="red-flag" data-type={flag.type}>
            <div className="red-flag">
              <Tag color="red" icon={<FlagOutlined />}>
                {t(`dashboard.flags.types.${type}`)}
              </Tag>
              {flag.challengeId ? (
                <Link to={`/challenges/${flag.challengeId}`} data-testid="red-flag-link">
                  {flag.challengeTitle ?? flag.challengeId}
                </Link>
              ) : flag.labId ? (
                <Link to={`/labs/${flag.labId}`} data-testid="red-flag-link">
                  {flag.labName ?? flag.labId}
                </Link>
              ) : null}
              <Typography.Text type="secondary" className="red-flag-detail">
                {type === 'REPEATED_WINNER'
                  ? t('dashboard.flags.repeated', { count: flag.count ?? 0, firm: flag.organizationName ?? '' })
                  : type === 'SHORT_BIDDING_WINDOW'
                    ? t('dashboard.flags.shortWindow', { days: Math.round((flag.windowDays ?? 0) * 10) / 10, count: flag.count ?? 0 })
                    : type === 'SINGLE_BID'
                      ? t('dashboard.flags.singleBid')
                      : ''}
              </Typography.Text>
            </div>
          </List.Item>
        );
      }}
    />
  );
}

function DashboardBody({ data: d }: { data: DashboardView }) {
  const { t } = useTranslation(['stats', 'common']);
  const taxonomy = useTaxonomyLabels();
  const statusLabel = (state: string) =>
    (CHALLENGE_STATUSES as readonly string[]).includes(state) ? t(`common:challengeStatus.${state as ChallengeStatus}`) : state;
  const chainLabel = (code: string) => taxonomy.label('industryChains', code);
  const onTime = d.onTimeMilestones;
  const matching = d.matchingEffectiveness;
  const bids = d.bidsPerChallenge;
  return (
    <>
      <Row gutter={[16, 16]} className="dashboard-kpis">
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={t('dashboard.kpi.published')} value={formatWan(d.bounty.published)} data-testid="kpi-published" />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={t('dashboard.kpi.awarded')} value={formatWan(d.bounty.awarded)} data-testid="kpi-awarded" />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={t('dashboard.kpi.medianDays')} value={plainDecimal(d.medianDaysToAward)} suffix={d.medianDaysToAward ? t('dashboard.kpi.days') : undefined} data-testid="kpi-median-days" />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={t('dashboard.kpi.meanBids')} value={plainDecimal(bids.mean)} data-testid="kpi-mean-bids" />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={t('dashboard.kpi.onTime')} value={percentText(onTime.ratio)} data-testid="kpi-on-time" />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={t('dashboard.kpi.matching')} value={percentText(matching.share)} data-testid="kpi-matching" />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 0]}>
        <Col xs={24} xl={12}>
          <ChartCard
            title={t('dashboard.byStatus.title')}
            testId="dashboard-by-status"
            chart={<LazyChart option={statusBarOption(d.challengesByStatus, CHALLENGE_STATUSES, statusLabel, t('dashboard.challenges'))} label={t('dashboard.byStatus.title')} testId="chart-by-status" />}
            table={
              <FigureTable
                testId="table-by-status"
                columns={[t('dashboard.byStatus.state'), t('dashboard.challenges')]}
                rows={Object.entries(d.challengesByStatus)
                  .filter(([, count]) => count > 0)
                  .map(([state, count]) => ({ key: state, label: statusLabel(state), value: formatCount(count) }))}
              />
            }
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            title={t('dashboard.byChain.title')}
            testId="dashboard-by-chain"
            chart={<LazyChart option={chainBarOption(d.challengesByChain, chainLabel, t('dashboard.challenges'))} label={t('dashboard.byChain.title')} testId="chart-by-chain" />}
            table={
              <FigureTable
                testId="table-by-chain"
                columns={[t('dashboard.byChain.chain'), t('dashboard.challenges'), t('dashboard.byChain.bounty')]}
                rows={d.challengesByChain.map((c) => ({ key: c.chain, label: chainLabel(c.chain), value: formatCount(c.challenges), extra: formatMoney(c.bounty) }))}
              />
            }
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            title={t('dashboard.bounty.title')}
            testId="dashboard-bounty"
            chart={
              <LazyChart
                option={bountyOption(d.bounty, { published: t('dashboard.bounty.published'), awarded: t('dashboard.bounty.awarded'), unit: t('dashboard.bounty.unit') })}
                label={t('dashboard.bounty.title')}
                testId="chart-bounty"
              />
            }
            table={
              <FigureTable
                testId="table-bounty"
                columns={[t('dashboard.bounty.kind'), t('dashboard.bounty.amount'), t('dashboard.bounty.reading')]}
                rows={[
                  { key: 'published', label: t('dashboard.bounty.published'), value: formatMoney(d.bounty.published), extra: formatWan(d.bounty.published) },
                  { key: 'awarded', label: t('dashboard.bounty.awarded'), value: formatMoney(d.bounty.awarded), extra: formatWan(d.bounty.awarded) },
                ]}
              />
            }
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            title={t('dashboard.bids.title')}
            testId="dashboard-bids"
            extra={<Typography.Text type="secondary">{t('dashboard.bids.summary', { count: bids.challenges, mean: plainDecimal(bids.mean), median: plainDecimal(bids.median) })}</Typography.Text>}
            chart={<LazyChart option={bidsHistogramOption(bids.buckets, { axis: t('dashboard.bids.axis'), series: t('dashboard.challenges') })} label={t('dashboard.bids.title')} testId="chart-bids" />}
            table={
              <FigureTable
                testId="table-bids"
                columns={[t('dashboard.bids.axis'), t('dashboard.challenges')]}
                rows={bids.buckets.map((b) => ({ key: b.bids, label: b.bids, value: formatCount(b.challenges) }))}
              />
            }
          />
        </Col>
        <Col xs={24} md={12}>
          <ChartCard
            title={t('dashboard.onTime.title')}
            testId="dashboard-on-time"
            chart={<LazyChart option={ratioGaugeOption(onTime.ratio, t('dashboard.onTime.title'))} height={220} label={t('dashboard.onTime.title')} testId="chart-on-time" />}
            table={
              <FigureTable
                testId="table-on-time"
                columns={[t('dashboard.figure'), t('dashboard.value')]}
                rows={[
                  { key: 'onTime', label: t('dashboard.onTime.onTime'), value: formatCount(onTime.onTime) },
                  { key: 'counted', label: t('dashboard.onTime.counted'), value: formatCount(onTime.counted) },
                  { key: 'ratio', label: t('dashboard.onTime.ratio'), value: percentText(onTime.ratio) },
                ]}
              />
            }
          />
        </Col>
        <Col xs={24} md={12}>
          <ChartCard
            title={t('dashboard.matching.title')}
            testId="dashboard-matching"
            chart={<LazyChart option={ratioGaugeOption(matching.share, t('dashboard.matching.title'))} height={220} label={t('dashboard.matching.title')} testId="chart-matching" />}
            table={
              <FigureTable
                testId="table-matching"
                columns={[t('dashboard.figure'), t('dashboard.value')]}
                rows={[
                  { key: 'measured', label: t('dashboard.matching.measured'), value: formatCount(matching.awardsMeasured) },
                  { key: 'top10', label: t('dashboard.matching.topTen'), value: formatCount(matching.wonInTopTen) },
                  { key: 'share', label: t('dashboard.matching.share'), value: percentText(matching.share) },
                ]}
              />
            }
          />
        </Col>
      </Row>
      <Card
        title={
          <span>
            <FlagOutlined /> {t('dashboard.flags.title', { count: d.redFlags.length })}
          </span>
        }
        className="detail-card"
        data-testid="dashboard-flags"
      >
        <Typography.Paragraph type="secondary">{t('dashboard.flags.lead')}</Typography.Paragraph>
        <RedFlags flags={d.redFlags} />
      </Card>
    </>
  );
}

/** The administrators' dashboard: charts with their numbers, key figures and red flags. */
export function Dashboard() {
  const { t } = useTranslation(['stats', 'common']);
  const dashboard = useDashboard();
  if (dashboard.isPending) {
    return <Skeleton active paragraph={{ rows: 12 }} />;
  }
  if (dashboard.isError) {
    return <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  }
  return (
    <div data-testid="dashboard">
      <div className="dashboard-head">
        <Typography.Text type="secondary" data-testid="dashboard-generated">
          {t('dashboard.generatedAt', { time: formatDateTime(dashboard.data.generatedAt, 'YYYY-MM-DD HH:mm:ss') })}
        </Typography.Text>
        <Button size="small" icon={<ReloadOutlined />} loading={dashboard.isFetching} onClick={() => void dashboard.refetch()} data-testid="dashboard-refresh">
          {t('common:actions.refresh')}
        </Button>
      </div>
      <DashboardBody data={dashboard.data} />
    </div>
  );
}
