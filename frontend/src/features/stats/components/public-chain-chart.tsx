import { Card, Col, Empty, Row, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatCount, formatMoney, formatWan } from '@/lib/format';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';

import { usePublicStats } from '../api/get-public-stats';
import { chainBarOption } from '../utils/chart-options';
import { LazyChart } from './lazy-chart';

/**
 * The public subset of the dashboard on the home page: published challenges by industry chain as a small
 * chart, with what was awarded, completed and shared as results. The figures above it report failures.
 */
export function PublicChainChart() {
  const { t } = useTranslation('stats');
  const taxonomy = useTaxonomyLabels();
  const stats = usePublicStats();
  if (stats.isError) {
    return null;
  }
  const chains = stats.data?.challengesByChain ?? [];
  return (
    <Row gutter={[16, 16]} className="public-chart-row" data-testid="public-chain-chart">
      <Col xs={24} lg={16}>
        <Card className="stat-card" variant="outlined" title={t('public.byChain')}>
          {stats.isPending ? (
            <Skeleton active paragraph={{ rows: 5 }} />
          ) : chains.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('public.byChainEmpty')} />
          ) : (
            <>
              <LazyChart
                option={chainBarOption(chains, (code) => taxonomy.label('industryChains', code), t('public.units.challenges'), 8)}
                height={Math.max(160, Math.min(chains.length, 8) * 30 + 40)}
                label={t('public.byChain')}
                testId="chart-public-chains"
              />
              <ul className="visually-hidden" data-testid="public-chain-figures">
                {chains.map((c) => (
                  <li key={c.chain}>
                    {taxonomy.label('industryChains', c.chain)}: {c.challenges}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card className="stat-card public-outcomes" variant="outlined">
          <Statistic
            title={t('public.awardedBounty')}
            value={stats.data?.awardedBounty !== undefined ? formatWan(stats.data.awardedBounty) : '—'}
            loading={stats.isPending}
            data-testid="stat-awardedBounty"
          />
          {stats.data?.awardedBounty !== undefined && <div className="stat-exact">{formatMoney(stats.data.awardedBounty)}</div>}
          <Row gutter={12} className="public-outcomes-row">
            <Col span={12}>
              <Statistic
                title={t('public.completedChallenges')}
                value={formatCount(stats.data?.completedChallenges)}
                loading={stats.isPending}
                data-testid="stat-completedChallenges"
              />
            </Col>
            <Col span={12}>
              <Statistic title={t('public.completedResults')} value={formatCount(stats.data?.completedResults)} loading={stats.isPending} data-testid="stat-completedResults" />
            </Col>
          </Row>
          <Typography.Paragraph className="public-outcomes-link">
            <Link to="/results">{t('public.seeResults')}</Link>
          </Typography.Paragraph>
        </Card>
      </Col>
    </Row>
  );
}
