import { Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';

import { DeadlinePicker } from '@/components/ui/deadline-picker';
import { MarkdownEditor } from '@/components/ui/markdown-editor';
import { MoneyInput } from '@/components/ui/money-input';
import { TagsInput } from '@/components/ui/tags-input';

import { MAX_CAPABILITIES } from '../utils/wizard-values';
import { IndicatorsEditor } from './indicators-editor';

/**
 * The amendable fields of a published challenge (prefilled with its current values, see
 * `amendmentValues`): the administrator's amendment form and a clarification answer that changes the terms.
 */
export function AmendmentFields() {
  const { t } = useTranslation(['challenges', 'common']);
  return (
    <>
      <Form.Item name="title" label={t('fields.title')} rules={[{ required: true, whitespace: true, message: t('wizard.titleRequired') }]}>
        <Input maxLength={120} showCount />
      </Form.Item>
      <Form.Item name="summary" label={t('fields.summary')}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="bounty" label={t('fields.bounty')}>
            <MoneyInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="bidDeadline" label={t('fields.bidDeadline')}>
            <DeadlinePicker />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="deliveryMonths" label={t('fields.deliveryMonths')}>
            <InputNumber min={1} max={60} precision={0} suffix={t('units.months')} className="full-width" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('fields.technicalIndicators')}>
        <IndicatorsEditor />
      </Form.Item>
      <Form.Item name="requiredCapabilities" label={t('fields.requiredCapabilities')}>
        <TagsInput maxCount={MAX_CAPABILITIES} />
      </Form.Item>
      <Form.Item name="description" label={t('fields.description')}>
        <MarkdownEditor maxLength={20_000} rows={12} />
      </Form.Item>
      <Form.Item name="eligibilityText" label={t('fields.eligibilityText')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="contactName" label={t('fields.contactName')}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="contactPhone" label={t('fields.contactPhone')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="contactEmail" label={t('fields.contactEmail')} rules={[{ type: 'email', message: t('common:validation.email') }]}>
            <Input maxLength={120} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
