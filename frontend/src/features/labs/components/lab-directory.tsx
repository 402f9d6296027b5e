import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Input, Pagination, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { FacetList } from '@/components/ui/facet-list';
import { QueryError } from '@/components/ui/query-error';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';

import { useLabSearch } from '../api/search-labs';
import {
  EMPTY_LAB_LIST_STATE,
  hasLabFilters,
  LAB_FACETS,
  LAB_PAGE_SIZE,
  toLabSearchQuery,
  type LabFacetName,
  type LabListState,
} from '../utils/list-state';
import { LabCard } from './lab-card';

/** The public lab directory: full-text search, research field, region and organization type facets with counts, pages. */
export function LabDirectory({ state, onChange }: { state: LabListState; onChange: (next: LabListState) => void }) {
  const { t } = useTranslation(['labs', 'common']);
  const taxonomy = useTaxonomyLabels();
  const labs = useLabSearch(toLabSearchQuery(state));
  const [keyword, setKeyword] = useState(state.q);
  const [keywordSource, setKeywordSource] = useState(state.q);
  if (state.q !== keywordSource) {
    setKeywordSource(state.q);
    setKeyword(state.q);
  }
  const change = (patch: Partial<LabListState>) => onChange({ ...state, ...patch, page: 1 });
  const facetTitles: Record<LabFacetName, string> = {
    field: t('directory.field'),
    region: t('directory.region'),
    orgType: t('directory.orgType'),
  };
  const facetLabels: Record<LabFacetName, (value: string) => string> = {
    field: (value) => taxonomy.label('techFields', value),
    region: (value) => taxonomy.label('regions', value),
    orgType: (value) => t(`common:organizationTypes.${value}`, { defaultValue: value }),
  };

  return (
    <div data-testid="lab-directory">
      <Card className="filter-card">
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} md={18} lg={20}>
            <Input.Search
              allowClear
              value={keyword}
              onChange={(event) => setKeyword(event.target.value)}
              onSearch={(q) => change({ q })}
              enterButton={t('common:actions.search')}
              placeholder={t('directory.keywordPlaceholder')}
              aria-label={t('directory.keyword')}
              data-testid="lab-filter-keyword"
            />
          </Col>
          <Col xs={24} md={6} lg={4}>
            {hasLabFilters(state) && (
              <Button icon={<ReloadOutlined />} onClick={() => onChange(EMPTY_LAB_LIST_STATE)} data-testid="lab-filter-reset">
                {t('common:actions.reset')}
              </Button>
            )}
          </Col>
        </Row>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={6}>
          <Card size="small" title={t('directory.filters')} className="search-refinements" data-testid="lab-facets">
            {LAB_FACETS.map((facet) => (
              <FacetList
                key={facet}
                name={facet}
                title={facetTitles[facet]}
                counts={labs.data?.facets[facet]}
                selected={state[facet]}
                label={facetLabels[facet]}
                onChange={(selected) => change({ [facet]: selected })}
              />
            ))}
          </Card>
        </Col>
        <Col xs={24} lg={18}>
          <div className="market-summary" aria-live="polite">
            {labs.data && (
              <Typography.Text type="secondary" data-testid="lab-total" data-total={labs.data.total}>
                {t('directory.total', { count: labs.data.total })}
              </Typography.Text>
            )}
          </div>
          {labs.isError ? (
            <QueryError error={labs.error} onRetry={() => void labs.refetch()} />
          ) : labs.isPending ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : labs.data.items.length === 0 ? (
            <Empty description={t('directory.empty')} />
          ) : (
            <Row gutter={[16, 16]} className={labs.isPlaceholderData ? 'is-refreshing' : undefined}>
              {labs.data.items.map((hit) => (
                <Col key={hit.lab.id} xs={24} md={12} xxl={8}>
                  <LabCard lab={hit.lab} highlights={hit.highlights} />
                </Col>
              ))}
            </Row>
          )}
          {labs.data && labs.data.total > LAB_PAGE_SIZE && (
            <Pagination
              className="list-pagination"
              current={state.page}
              pageSize={LAB_PAGE_SIZE}
              total={labs.data.total}
              showSizeChanger={false}
              onChange={(page) => {
                onChange({ ...state, page });
                window.scrollTo({ top: 0, behavior: 'smooth' });
              }}
            />
          )}
        </Col>
      </Row>
    </div>
  );
}
