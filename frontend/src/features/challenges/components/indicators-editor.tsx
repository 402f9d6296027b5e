import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Tooltip } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';

import { isBlankRow, MAX_INDICATORS, type IndicatorRow } from '../utils/wizard-values';

type IndicatorsEditorProps = {
  /** The form list's name. */
  name?: string;
  max?: number;
};

/**
 * The technical indicators (技术指标) as an editable table: name, target and unit per row, rows added and
 * removed freely. A row that has anything typed into it needs a name and a target; empty rows are dropped
 * on save. Errors for a row (`technicalIndicators[2].target`) appear in that row's cell.
 */
export function IndicatorsEditor({ name = 'technicalIndicators', max = MAX_INDICATORS }: IndicatorsEditorProps) {
  const { t } = useTranslation(['challenges', 'common']);

  const requiredInFilledRow =
    (index: number, message: string): Rule =>
    ({ getFieldValue }) => ({
      validator: async (_, value: string | undefined) => {
        const row = getFieldValue([name, index]) as IndicatorRow | undefined;
        if (!isBlankRow(row) && !(value ?? '').trim()) {
          throw new Error(message);
        }
      },
    });

  return (
    <Form.List name={name}>
      {(fields, { add, remove }, { errors }) => (
        <div className="row-editor indicators-editor" data-testid="indicators-editor">
          <div className="row-editor-head indicators-grid" aria-hidden="true">
            <span>#</span>
            <span>{t('indicators.name')}</span>
            <span>{t('indicators.target')}</span>
            <span>{t('indicators.unit')}</span>
            <span />
          </div>
          {fields.map((field, index) => (
            <div key={field.key} className="row-editor-row indicators-grid" data-testid="indicator-row">
              <span className="row-editor-index">{index + 1}</span>
              <div className="row-cell" data-label={t('indicators.name')}>
                <Form.Item
                  name={[field.name, 'name']}
                  rules={[requiredInFilledRow(field.name, t('indicators.nameRequired')), { max: 100, message: t('common:validation.maxLength', { max: 100 }) }]}
                  dependencies={[[name, field.name, 'target'], [name, field.name, 'unit']]}
                >
                  <Input placeholder={t('indicators.namePlaceholder')} aria-label={t('indicators.rowName', { row: index + 1 })} />
                </Form.Item>
              </div>
              <div className="row-cell" data-label={t('indicators.target')}>
                <Form.Item
                  name={[field.name, 'target']}
                  rules={[requiredInFilledRow(field.name, t('indicators.targetRequired')), { max: 100, message: t('common:validation.maxLength', { max: 100 }) }]}
                  dependencies={[[name, field.name, 'name'], [name, field.name, 'unit']]}
                >
                  <Input placeholder={t('indicators.targetPlaceholder')} aria-label={t('indicators.rowTarget', { row: index + 1 })} />
                </Form.Item>
              </div>
              <div className="row-cell" data-label={t('indicators.unit')}>
                <Form.Item name={[field.name, 'unit']} rules={[{ max: 30, message: t('common:validation.maxLength', { max: 30 }) }]}>
                  <Input placeholder={t('indicators.unitPlaceholder')} aria-label={t('indicators.rowUnit', { row: index + 1 })} />
                </Form.Item>
              </div>
              <Tooltip title={t('indicators.remove')}>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('indicators.removeRow', { row: index + 1 })}
                  onClick={() => remove(field.name)}
                />
              </Tooltip>
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            disabled={fields.length >= max}
            onClick={() => add({})}
            data-testid="indicator-add"
          >
            {fields.length >= max ? t('indicators.full', { max }) : t('indicators.add')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
