import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';

import { isBlank, MAX_TEAM, type TeamRow } from '../utils/bid-values';

/** The bidding team (1–30 members): name, professional title and role in the project. */
export function TeamEditor() {
  const { t } = useTranslation('bids');
  const inFilledRow =
    (index: number, message: string): Rule =>
    ({ getFieldValue }) => ({
      validator: async (_, value: string | undefined) => {
        const row = getFieldValue(['team', index]) as TeamRow | undefined;
        if (!isBlank(row) && !(value ?? '').trim()) {
          throw new Error(message);
        }
      },
    });
  return (
    <Form.List name="team">
      {(fields, { add, remove }, { errors }) => (
        <div className="row-editor team-editor" data-testid="team-editor">
          <div className="row-editor-head team-grid" aria-hidden="true">
            <span>#</span>
            <span>{t('team.name')}</span>
            <span>{t('team.title')}</span>
            <span>{t('team.role')}</span>
            <span />
          </div>
          {fields.map((field, index) => (
            <div key={field.key} className="row-editor-row team-grid" data-testid="team-row">
              <span className="row-editor-index">{index + 1}</span>
              <div className="row-cell" data-label={t('team.name')}>
                <Form.Item name={[field.name, 'name']} rules={[inFilledRow(field.name, t('team.nameRequired'))]}>
                  <Input maxLength={60} placeholder={t('team.namePlaceholder')} aria-label={t('team.rowName', { row: index + 1 })} />
                </Form.Item>
              </div>
              <div className="row-cell" data-label={t('team.title')}>
                <Form.Item name={[field.name, 'title']}>
                  <Input maxLength={60} placeholder={t('team.titlePlaceholder')} aria-label={t('team.rowTitle', { row: index + 1 })} />
                </Form.Item>
              </div>
              <div className="row-cell" data-label={t('team.role')}>
                <Form.Item name={[field.name, 'role']} rules={[inFilledRow(field.name, t('team.roleRequired'))]}>
                  <Input maxLength={60} placeholder={t('team.rolePlaceholder')} aria-label={t('team.rowRole', { row: index + 1 })} />
                </Form.Item>
              </div>
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('team.removeRow', { row: index + 1 })} onClick={() => remove(field.name)} />
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" block icon={<PlusOutlined />} disabled={fields.length >= MAX_TEAM} onClick={() => add({})} data-testid="team-add">
            {t('team.add')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
