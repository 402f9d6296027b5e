import { Button, Checkbox, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatCount } from '@/lib/format';
import type { FacetCount } from '@/types/api';

type FacetListProps = {
  /** The facet's name, used in test ids (`facet-<name>-<value>`). */
  name: string;
  title: string;
  counts: FacetCount[] | undefined;
  selected: string[];
  label: (value: string) => string;
  onChange: (selected: string[]) => void;
  /** Values shown before "more". */
  limit?: number;
};

/**
 * A facet as a checkable list with the number of results behind each value. Ticked values stay listed
 * even when the current result has none of them, so that they can be unticked.
 */
export function FacetList({ name, title, counts, selected, label, onChange, limit = 8 }: FacetListProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const listed = counts ?? [];
  const missing = selected.filter((value) => !listed.some((entry) => entry.value === value)).map((value) => ({ value, count: 0 }));
  const entries = [...listed, ...missing];
  if (entries.length === 0) {
    return null;
  }
  const shown = expanded ? entries : entries.slice(0, Math.max(limit, selected.length));
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  return (
    <fieldset className="facet" data-testid={`facet-${name}`}>
      <legend className="facet-title">
        <Typography.Text strong>{title}</Typography.Text>
      </legend>
      <ul className="facet-values">
        {shown.map((entry) => {
          const checked = selected.includes(entry.value);
          return (
            <li key={entry.value}>
              <Checkbox
                checked={checked}
                onChange={(event) => toggle(entry.value, event.target.checked)}
                data-testid={`facet-${name}-${entry.value}`}
                data-count={entry.count}
              >
                <span className="facet-label">{label(entry.value)}</span>
                <span className="facet-count">{formatCount(entry.count)}</span>
              </Checkbox>
            </li>
          );
        })}
      </ul>
      {(expanded || entries.length > shown.length) && (
        <Button type="link" size="small" className="facet-more" onClick={() => setExpanded(!expanded)}>
          {expanded ? t('facets.less') : t('facets.more', { count: entries.length - shown.length })}
        </Button>
      )}
    </fieldset>
  );
}
