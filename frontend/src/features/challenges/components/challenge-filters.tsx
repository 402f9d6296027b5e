import { FilterOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';
import { CHALLENGE_TYPES, PUBLIC_CHALLENGE_STATUSES } from '@/types/api';

import { CHALLENGE_SORTS, EMPTY_LIST_STATE, hasFilters, type ChallengeListState } from '../utils/list-state';

type ChallengeFiltersProps = {
  value: ChallengeListState;
  onChange: (next: ChallengeListState) => void;
};

/** Keyword, chain, type, region, state, bounty range (万元), deadline range, open only, and the order. */
export function ChallengeFilters({ value, onChange }: ChallengeFiltersProps) {
  const { t } = useTranslation(['challenges', 'common']);
  const taxonomy = useTaxonomyLabels();
  const [keyword, setKeyword] = useState(value.q);
  const [keywordSource, setKeywordSource] = useState(value.q);
  if (value.q !== keywordSource) {
    // The URL changed (back button, reset): show its keyword.
    setKeywordSource(value.q);
    setKeyword(value.q);
  }
  const [expanded, setExpanded] = useState(
    Boolean(value.chain || value.type || value.region || value.status.length || value.minWan || value.maxWan || value.from || value.to),
  );
  const change = (patch: Partial<ChallengeListState>) => onChange({ ...value, ...patch, page: 1 });

  return (
    <Card className="filter-card" data-testid="challenge-filters">
      <Row gutter={[12, 12]} align="middle">
        <Col xs={24} md={12} lg={10}>
          <Input.Search
            allowClear
            value={keyword}
            onChange={(event) => setKeyword(event.target.value)}
            onSearch={(q) => change({ q })}
            placeholder={t('filters.keywordPlaceholder')}
            enterButton={t('common:actions.search')}
            aria-label={t('filters.keyword')}
            data-testid="filter-keyword"
          />
        </Col>
        <Col xs={12} md={6} lg={5}>
          <Select
            className="full-width"
            value={value.sort}
            onChange={(sort) => change({ sort })}
            options={CHALLENGE_SORTS.map((sort) => ({ value: sort, label: t(`filters.sort.${sort}`) }))}
            aria-label={t('filters.sortLabel')}
            data-testid="filter-sort"
          />
        </Col>
        <Col xs={12} md={6} lg={4}>
          <label className="switch-label">
            <Switch checked={value.open} onChange={(open) => change({ open })} data-testid="filter-open" />
            <span>{t('filters.openOnly')}</span>
          </label>
        </Col>
        <Col xs={24} lg={5} className="filter-toggles">
          <Space>
            <Button icon={<FilterOutlined />} onClick={() => setExpanded(!expanded)} aria-expanded={expanded} data-testid="filter-more">
              {expanded ? t('filters.less') : t('filters.more')}
            </Button>
            {hasFilters(value) && (
              <Button icon={<ReloadOutlined />} onClick={() => onChange({ ...EMPTY_LIST_STATE, sort: value.sort })} data-testid="filter-reset">
                {t('common:actions.reset')}
              </Button>
            )}
          </Space>
        </Col>
      </Row>
      {expanded && (
        <Row gutter={[12, 12]} className="filter-more">
          <Col xs={24} sm={12} lg={6}>
            <Select
              className="full-width"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={value.chain}
              onChange={(chain) => change({ chain })}
              options={taxonomy.options('industryChains')}
              placeholder={t('fields.industryChain')}
              aria-label={t('fields.industryChain')}
              data-testid="filter-chain"
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select
              className="full-width"
              allowClear
              value={value.type}
              onChange={(type) => change({ type })}
              options={CHALLENGE_TYPES.map((type) => ({ value: type, label: taxonomy.label('challengeTypes', type) }))}
              placeholder={t('fields.challengeType')}
              aria-label={t('fields.challengeType')}
              data-testid="filter-type"
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select
              className="full-width"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={value.region}
              onChange={(region) => change({ region })}
              options={taxonomy.options('regions')}
              placeholder={t('fields.region')}
              aria-label={t('fields.region')}
              data-testid="filter-region"
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select
              className="full-width"
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              value={value.status}
              onChange={(status) => change({ status })}
              options={PUBLIC_CHALLENGE_STATUSES.map((status) => ({ value: status, label: t(`common:challengeStatus.${status}`) }))}
              placeholder={t('filters.status')}
              aria-label={t('filters.status')}
              data-testid="filter-status"
            />
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <Space.Compact className="full-width">
              <InputNumber<string>
                stringMode
                min="0"
                className="full-width"
                value={value.minWan ?? null}
                onChange={(minWan) => change({ minWan: minWan || undefined })}
                placeholder={t('filters.minBounty')}
                aria-label={t('filters.minBounty')}
                suffix={t('units.wan')}
                data-testid="filter-min-bounty"
              />
              <InputNumber<string>
                stringMode
                min="0"
                className="full-width"
                value={value.maxWan ?? null}
                onChange={(maxWan) => change({ maxWan: maxWan || undefined })}
                placeholder={t('filters.maxBounty')}
                aria-label={t('filters.maxBounty')}
                suffix={t('units.wan')}
                data-testid="filter-max-bounty"
              />
            </Space.Compact>
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <DatePicker.RangePicker
              className="full-width"
              allowEmpty={[true, true]}
              value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
              onChange={(range) =>
                change({ from: range?.[0]?.format('YYYY-MM-DD') ?? undefined, to: range?.[1]?.format('YYYY-MM-DD') ?? undefined })
              }
              placeholder={[t('filters.deadlineFrom'), t('filters.deadlineTo')]}
              aria-label={t('filters.deadlineRange')}
              data-testid="filter-deadline"
            />
          </Col>
        </Row>
      )}
    </Card>
  );
}
