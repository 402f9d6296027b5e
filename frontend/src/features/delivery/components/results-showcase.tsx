import { ReloadOutlined, TrophyOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Pagination, Row, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { formatDate, formatWan } from '@/lib/format';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';
import type { ResultView } from '@/types/api';

import { RESULTS_PAGE_SIZE, useResults } from '../api/get-results';
import type { ResultsFilters } from '../api/keys';
import { hasResultsFilters } from '../utils/results-filters';

/** One results summary as a card: headline, summary, lab, firm, IP terms and completion date. */
export function ResultCard({ result: r }: { result: ResultView }) {
  const { t } = useTranslation('delivery');
  const taxonomy = useTaxonomyLabels();
  return (
    <Card className="result-card" data-testid="result-card" data-result-id={r.id} data-challenge-id={r.challengeId}>
      <Space wrap size={[4, 4]} className="result-card-tags">
        {r.industryChain && <Tag color="blue">{taxonomy.label('industryChains', r.industryChain)}</Tag>}
        {r.challengeType && <Tag color="volcano">{taxonomy.label('challengeTypes', r.challengeType)}</Tag>}
      </Space>
      <Typography.Title level={4} className="result-card-title">
        <Link to={`/results/${r.id}`} data-testid="result-card-link">
          {r.title}
        </Link>
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="result-card-challenge">
        {t('showcase.fromChallenge')} <Link to={`/challenges/${r.challengeId}`}>{r.challengeTitle}</Link>
      </Typography.Paragraph>
      <Typography.Paragraph ellipsis={{ rows: 3 }} className="result-card-summary" data-testid="result-card-summary">
        {r.summary}
      </Typography.Paragraph>
      <dl className="result-card-facts">
        <div>
          <dt>{t('showcase.lab')}</dt>
          <dd data-testid="result-card-lab">
            <Link to={`/labs/${r.lab.id}`}>{r.lab.name}</Link>
            <span className="fact-sub"> · {r.lab.organizationName}</span>
          </dd>
        </div>
        <div>
          <dt>{t('showcase.firm')}</dt>
          <dd data-testid="result-card-firm">{r.firm.name}</dd>
        </div>
        <div>
          <dt>{t('showcase.ipTerms')}</dt>
          <dd data-testid="result-card-ip">{r.ipTerms ? taxonomy.label('ipTerms', r.ipTerms) : '—'}</dd>
        </div>
        <div>
          <dt>{t('showcase.completedAt')}</dt>
          <dd data-testid="result-card-completed">{formatDate(r.completedAt)}</dd>
        </div>
        {r.amount && (
          <div>
            <dt>{t('showcase.amount')}</dt>
            <dd>{formatWan(r.amount)}</dd>
          </div>
        )}
      </dl>
    </Card>
  );
}

type ShowcaseProps = { filters: ResultsFilters; onChange: (next: ResultsFilters) => void };

/** The results showcase (成果展示): filters by industry chain, challenge type and region; cards; pages. */
export function ResultsShowcase({ filters, onChange }: ShowcaseProps) {
  const { t } = useTranslation(['delivery', 'common']);
  const taxonomy = useTaxonomyLabels();
  const results = useResults(filters);
  const change = (patch: Partial<ResultsFilters>) => onChange({ ...filters, ...patch, page: 1 });

  let body;
  if (results.isPending) {
    body = <Skeleton active paragraph={{ rows: 8 }} />;
  } else if (results.isError) {
    body = <QueryError error={results.error} onRetry={() => void results.refetch()} />;
  } else if (results.data.items.length === 0) {
    body = (
      <Empty
        image={<TrophyOutlined className="empty-icon" />}
        description={hasResultsFilters(filters) ? t('showcase.emptyFiltered') : t('showcase.empty')}
        data-testid="results-empty"
      />
    );
  } else {
    body = (
      <div className={results.isPlaceholderData ? 'is-refreshing' : undefined}>
        <Typography.Paragraph type="secondary" data-testid="results-total">
          {t('showcase.total', { count: results.data.total })}
        </Typography.Paragraph>
        <Row gutter={[16, 16]} data-testid="results-list">
          {results.data.items.map((result) => (
            <Col key={result.id} xs={24} md={12} xl={8}>
              <ResultCard result={result} />
            </Col>
          ))}
        </Row>
        <Pagination
          className="list-pagination"
          current={filters.page}
          pageSize={RESULTS_PAGE_SIZE}
          total={results.data.total}
          hideOnSinglePage
          showSizeChanger={false}
          onChange={(page) => onChange({ ...filters, page })}
        />
      </div>
    );
  }

  return (
    <div data-testid="results-showcase">
      <Card className="filter-card" data-testid="results-filters">
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} sm={12} lg={7}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              className="full-width"
              value={filters.chain}
              onChange={(chain?: string) => change({ chain })}
              options={taxonomy.options('industryChains')}
              placeholder={t('showcase.chain')}
              aria-label={t('showcase.chain')}
              data-testid="results-filter-chain"
            />
          </Col>
          <Col xs={24} sm={12} lg={7}>
            <Select
              allowClear
              className="full-width"
              value={filters.type}
              onChange={(type?: ResultsFilters['type']) => change({ type })}
              options={taxonomy.options('challengeTypes')}
              placeholder={t('showcase.type')}
              aria-label={t('showcase.type')}
              data-testid="results-filter-type"
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              className="full-width"
              value={filters.region}
              onChange={(region?: string) => change({ region })}
              options={taxonomy.options('regions')}
              placeholder={t('showcase.region')}
              aria-label={t('showcase.region')}
              data-testid="results-filter-region"
            />
          </Col>
          <Col xs={24} sm={12} lg={4}>
            {hasResultsFilters(filters) && (
              <Button icon={<ReloadOutlined />} onClick={() => onChange({ page: 1 })} data-testid="results-filter-reset">
                {t('common:actions.reset')}
              </Button>
            )}
          </Col>
        </Row>
      </Card>
      {body}
    </div>
  );
}
