import { Card, Col, Empty, Input, Pagination, Row, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { QueryError } from '@/components/ui/query-error';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';

import { useLabs } from '../api/get-labs';
import { LAB_ORGANIZATION_TYPES, LAB_PAGE_SIZE, toLabQuery, type LabListState } from '../utils/list-state';
import { LabCard } from './lab-card';

/** The public lab directory: keyword, research field, province and organization type filters, pages. */
export function LabDirectory({ state, onChange }: { state: LabListState; onChange: (next: LabListState) => void }) {
  const { t } = useTranslation(['labs', 'common']);
  const taxonomy = useTaxonomyLabels();
  const labs = useLabs(toLabQuery(state));
  const [keyword, setKeyword] = useState(state.q);
  const [keywordSource, setKeywordSource] = useState(state.q);
  if (state.q !== keywordSource) {
    setKeywordSource(state.q);
    setKeyword(state.q);
  }
  const change = (patch: Partial<LabListState>) => onChange({ ...state, ...patch, page: 1 });

  return (
    <div data-testid="lab-directory">
      <Card className="filter-card">
        <Row gutter={[12, 12]}>
          <Col xs={24} lg={9}>
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
          <Col xs={24} sm={8} lg={5}>
            <Select
              className="full-width"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={state.field}
              onChange={(field) => change({ field })}
              options={taxonomy.techFieldGroups()}
              placeholder={t('directory.field')}
              aria-label={t('directory.field')}
            />
          </Col>
          <Col xs={24} sm={8} lg={5}>
            <Select
              className="full-width"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={state.province}
              onChange={(province) => change({ province })}
              options={taxonomy.options('regions')}
              placeholder={t('directory.province')}
              aria-label={t('directory.province')}
            />
          </Col>
          <Col xs={24} sm={8} lg={5}>
            <Select
              className="full-width"
              allowClear
              value={state.orgType}
              onChange={(orgType) => change({ orgType })}
              options={LAB_ORGANIZATION_TYPES.map((type) => ({ value: type, label: t(`common:organizationTypes.${type}`) }))}
              placeholder={t('directory.orgType')}
              aria-label={t('directory.orgType')}
            />
          </Col>
        </Row>
      </Card>
      <div className="market-summary">
        {labs.data && <Typography.Text type="secondary">{t('common:list.total', { count: labs.data.total })}</Typography.Text>}
      </div>
      {labs.isError ? (
        <QueryError error={labs.error} onRetry={() => void labs.refetch()} />
      ) : labs.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : labs.data.items.length === 0 ? (
        <Empty description={t('directory.empty')} />
      ) : (
        <Row gutter={[16, 16]} className={labs.isPlaceholderData ? 'is-refreshing' : undefined}>
          {labs.data.items.map((lab) => (
            <Col key={lab.id} xs={24} md={12} xl={8}>
              <LabCard lab={lab} />
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
    </div>
  );
}
