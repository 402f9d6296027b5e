import { Card, DatePicker, InputNumber, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { FacetList } from '@/components/ui/facet-list';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';
import type { ChallengeSearchResult } from '@/types/api';

import { SEARCH_FACETS, type SearchFacet, type SearchState } from '../utils/search-state';

type SearchRefinementsProps = {
  state: SearchState;
  facets: ChallengeSearchResult['facets'] | undefined;
  onChange: (patch: Partial<SearchState>) => void;
};

/** The facets (chain, type, region, status) as checkable lists with counts, then the bounty and deadline ranges. */
export function SearchRefinements({ state, facets, onChange }: SearchRefinementsProps) {
  const { t } = useTranslation(['search', 'common']);
  const taxonomy = useTaxonomyLabels();
  const labels: Record<SearchFacet, (value: string) => string> = {
    chain: (value) => taxonomy.label('industryChains', value),
    type: (value) => taxonomy.label('challengeTypes', value),
    region: (value) => taxonomy.label('regions', value),
    status: (value) => t(`common:challengeStatus.${value}`, { defaultValue: value }),
  };
  return (
    <Card className="search-refinements" title={t('facets.title')} size="small" data-testid="search-refinements">
      {SEARCH_FACETS.map((facet) => (
        <FacetList
          key={facet}
          name={facet}
          title={t(`facets.${facet}`)}
          counts={facets?.[facet]}
          selected={state[facet]}
          label={labels[facet]}
          onChange={(selected) => onChange({ [facet]: selected })}
        />
      ))}
      <fieldset className="facet">
        <legend className="facet-title">
          <Typography.Text strong>{t('filters.bounty')}</Typography.Text>
        </legend>
        <Space.Compact className="full-width">
          <InputNumber<string>
            stringMode
            min="0"
            className="full-width"
            value={state.minWan ?? null}
            onChange={(minWan) => onChange({ minWan: minWan || undefined })}
            placeholder={t('filters.minBounty')}
            aria-label={`${t('filters.bounty')} ${t('filters.minBounty')}`}
            data-testid="search-min-bounty"
          />
          <InputNumber<string>
            stringMode
            min="0"
            className="full-width"
            value={state.maxWan ?? null}
            onChange={(maxWan) => onChange({ maxWan: maxWan || undefined })}
            placeholder={t('filters.maxBounty')}
            aria-label={`${t('filters.bounty')} ${t('filters.maxBounty')}`}
            data-testid="search-max-bounty"
          />
        </Space.Compact>
      </fieldset>
      <fieldset className="facet">
        <legend className="facet-title">
          <Typography.Text strong>{t('filters.deadline')}</Typography.Text>
        </legend>
        <DatePicker.RangePicker
          className="full-width"
          allowEmpty={[true, true]}
          value={[state.from ? dayjs(state.from) : null, state.to ? dayjs(state.to) : null]}
          onChange={(range) =>
            onChange({ from: range?.[0]?.format('YYYY-MM-DD') ?? undefined, to: range?.[1]?.format('YYYY-MM-DD') ?? undefined })
          }
          placeholder={[t('filters.deadlineFrom'), t('filters.deadlineTo')]}
          aria-label={t('filters.deadline')}
          data-testid="search-deadline"
        />
      </fieldset>
    </Card>
  );
}
