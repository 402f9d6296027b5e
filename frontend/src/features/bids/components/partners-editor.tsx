import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';

import { creditCodeProblem, normalizeCreditCode } from '@/lib/credit-code';

import { isBlank, MAX_PARTNERS, type PartnerRow } from '../utils/bid-values';

/**
 * Consortium partners (联合体成员), up to four besides the lab's own organization, which leads: registered
 * name, unified social credit code (checked with its GB 32100-2015 check character) and role.
 */
export function PartnersEditor() {
  const { t } = useTranslation('bids');
  const inFilledRow =
    (index: number, message: string): Rule =>
    ({ getFieldValue }) => ({
      validator: async (_, value: string | undefined) => {
        const row = getFieldValue(['partners', index]) as PartnerRow | undefined;
        if (!isBlank(row) && !(value ?? '').trim()) {
          throw new Error(message);
        }
      },
    });
  const creditCodeRule: Rule = {
    validator: async (_, value: string | undefined) => {
      if (!value) {
        return;
      }
      const problem = creditCodeProblem(value);
      if (problem) {
        throw new Error(t(`partners.creditCode.${problem}`));
      }
    },
  };
  const duplicateRule =
    (index: number): Rule =>
    ({ getFieldValue }) => ({
      validator: async (_, value: string | undefined) => {
        if (!value) {
          return;
        }
        const rows = (getFieldValue('partners') as PartnerRow[] | undefined) ?? [];
        const code = normalizeCreditCode(value);
        if (rows.some((row, other) => other < index && row?.creditCode && normalizeCreditCode(row.creditCode) === code)) {
          throw new Error(t('partners.duplicate'));
        }
      },
    });
  return (
    <Form.List name="partners">
      {(fields, { add, remove }, { errors }) => (
        <div className="row-editor partners-editor" data-testid="partners-editor">
          {fields.length === 0 && <Typography.Paragraph type="secondary">{t('partners.none')}</Typography.Paragraph>}
          {fields.length > 0 && (
            <div className="row-editor-head partners-grid" aria-hidden="true">
              <span>#</span>
              <span>{t('partners.name')}</span>
              <span>{t('partners.creditCodeLabel')}</span>
              <span>{t('partners.role')}</span>
              <span />
            </div>
          )}
          {fields.map((field, index) => (
            <div key={field.key} className="row-editor-row partners-grid" data-testid="partner-row">
              <span className="row-editor-index">{index + 1}</span>
              <div className="row-cell" data-label={t('partners.name')}>
                <Form.Item name={[field.name, 'name']} rules={[inFilledRow(field.name, t('partners.nameRequired'))]}>
                  <Input maxLength={200} placeholder={t('partners.namePlaceholder')} aria-label={t('partners.rowName', { row: index + 1 })} />
                </Form.Item>
              </div>
              <div className="row-cell" data-label={t('partners.creditCodeLabel')}>
                <Form.Item
                  name={[field.name, 'creditCode']}
                  normalize={(value: string) => normalizeCreditCode(value ?? '')}
                  validateDebounce={300}
                  rules={[inFilledRow(field.name, t('partners.creditCodeRequired')), creditCodeRule, duplicateRule(field.name)]}
                >
                  <Input maxLength={24} className="monospace-input" placeholder="91110108MA01XXXXXX" aria-label={t('partners.rowCreditCode', { row: index + 1 })} />
                </Form.Item>
              </div>
              <div className="row-cell" data-label={t('partners.role')}>
                <Form.Item name={[field.name, 'role']} rules={[inFilledRow(field.name, t('partners.roleRequired'))]}>
                  <Input maxLength={100} placeholder={t('partners.rolePlaceholder')} aria-label={t('partners.rowRole', { row: index + 1 })} />
                </Form.Item>
              </div>
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('partners.removeRow', { row: index + 1 })} onClick={() => remove(field.name)} />
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" block icon={<PlusOutlined />} disabled={fields.length >= MAX_PARTNERS} onClick={() => add({})} data-testid="partner-add">
            {fields.length >= MAX_PARTNERS ? t('partners.full', { max: MAX_PARTNERS }) : t('partners.add')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
