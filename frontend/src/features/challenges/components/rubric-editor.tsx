import { InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { Rubric } from '@/types/api';

import { DEFAULT_RUBRIC, RUBRIC_KEYS, rubricTotal } from '../utils/wizard-values';

type RubricEditorProps = {
  id?: string;
  value?: Rubric;
  onChange?: (value: Rubric) => void;
};

/** The four evaluation weights with their running total, which must be exactly 100. */
export function RubricEditor({ id, value = DEFAULT_RUBRIC, onChange }: RubricEditorProps) {
  const { t } = useTranslation('challenges');
  const total = rubricTotal(value);
  return (
    <div className="rubric-editor" id={id} data-testid="rubric-editor">
      <div className="rubric-grid">
        {RUBRIC_KEYS.map((key) => (
          <label key={key} className="rubric-item">
            <span className="rubric-label">{t(`rubric.${key}`)}</span>
            <InputNumber
              min={0}
              max={100}
              precision={0}
              value={value[key]}
              suffix="%"
              onChange={(next) => onChange?.({ ...value, [key]: next ?? 0 })}
              aria-label={t(`rubric.${key}`)}
              className="full-width"
            />
          </label>
        ))}
      </div>
      <Typography.Text type={total === 100 ? 'success' : 'danger'} data-testid="rubric-total" aria-live="polite">
        {t('rubric.total', { total })}
        {total !== 100 && ` · ${t('rubric.mustBe100')}`}
      </Typography.Text>
    </div>
  );
}
