import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Input, Pagination, Row, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { QueryError } from '@/components/ui/query-error';

import { SEARCH_SORTS, useChallengeSearch } from '../api/search-challenges';
import { EMPTY_SEARCH_STATE, hasSearchFilters, SEARCH_PAGE_SIZE, toSearchQuery, type SearchState } from '../utils/search-state';
import { SearchRefinements } from './search-refinements';
import { SearchResult } from './search-result';

/** The search page: query box, order, facets and ranges beside highlighted, paged results; `state` lives in the URL. */
export function ChallengeSearch({ state, onChange }: { state: SearchState; onChange: (next: SearchState) => void }) {
  const { t } = useTranslation(['search', 'common']);
  const search = useChallengeSearch(toSearchQuery(state));
  const result = search.data;
  const [keyword, setKeyword] = useState(state.q);
  const [keywordSource, setKeywordSource] = useState(state.q);
  if (state.q !== keywordSource) {
    // The URL changed (back button, a link): show its query.
    setKeywordSource(state.q);
    setKeyword(state.q);
  }
  const change = (patch: Partial<SearchState>) => onChange({ ...state, ...patch, page: 1 });

  let body;
  if (search.isError) {
    body = <QueryError error={search.error} onRetry={() => void search.refetch()} />;
  } else if (search.isPending) {
    body = <Skeleton active paragraph={{ rows: 8 }} />;
  } else if (result && result.items.length === 0) {
    body = <Empty description={`${t('results.empty')} ${t('results.emptyHint')}`} data-testid="search-empty" />;
  } else {
    body = (
      <div className={search.isPlaceholderData ? 'search-results is-refreshing' : 'search-results'} data-testid="search-results">
        {result?.items.map((hit) => <SearchResult key={hit.challenge.id} hit={hit} />)}
      </div>
    );
  }

  return (
    <div className="challenge-search" data-testid="challenge-search">
      <Card className="filter-card">
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} md={14} lg={16}>
            <Input.Search
              allowClear
              size="large"
              value={keyword}
              onChange={(event) => setKeyword(event.target.value)}
              onSearch={(q) => change({ q })}
              placeholder={t('box.placeholder')}
              enterButton={t('common:actions.search')}
              aria-label={t('box.label')}
              data-testid="search-input"
            />
          </Col>
          <Col xs={16} md={6} lg={5}>
            <Select
              className="full-width"
              size="large"
              value={state.sort}
              onChange={(sort) => change({ sort })}
              options={SEARCH_SORTS.map((sort) => ({ value: sort, label: t(`sort.${sort}`) }))}
              aria-label={t('sort.label')}
              data-testid="search-sort"
            />
          </Col>
          <Col xs={8} md={4} lg={3}>
            {hasSearchFilters(state) && (
              <Button size="large" icon={<ReloadOutlined />} onClick={() => onChange({ ...EMPTY_SEARCH_STATE, sort: state.sort })} data-testid="search-reset">
                {t('common:actions.reset')}
              </Button>
            )}
          </Col>
        </Row>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={7} xl={6}>
          <SearchRefinements state={state} facets={result?.facets} onChange={change} />
        </Col>
        <Col xs={24} lg={17} xl={18}>
          <div className="market-summary" aria-live="polite">
            {result && (
              <Typography.Text type="secondary" data-testid="search-total" data-total={result.total}>
                {t('results.total', { count: result.total })}
              </Typography.Text>
            )}
          </div>
          {body}
          {result && result.total > SEARCH_PAGE_SIZE && (
            <Pagination
              className="list-pagination"
              current={state.page}
              pageSize={SEARCH_PAGE_SIZE}
              total={result.total}
              showSizeChanger={false}
              onChange={(page) => {
                onChange({ ...state, page });
                window.scrollTo({ top: 0, behavior: 'smooth' });
              }}
              data-testid="search-pagination"
            />
          )}
        </Col>
      </Row>
    </div>
  );
}
