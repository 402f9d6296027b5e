import { WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { DeadlinePicker } from '@/components/ui/deadline-picker';
import { MarkdownEditor } from '@/components/ui/markdown-editor';
import { MoneyInput } from '@/components/ui/money-input';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { TagsInput } from '@/components/ui/tags-input';
import type { ProblemFieldError } from '@/lib/api-client';
import { applyProblemToForm } from '@/lib/form-errors';
import type { ChallengeView } from '@/types/api';

import { useAmendChallenge } from '../api/challenge-decisions';
import { amendmentValues, changedFields, changesTerms, toAmendmentRequest, type AmendmentValues } from '../utils/amendment';
import { MAX_CAPABILITIES } from '../utils/wizard-values';
import { IndicatorsEditor } from './indicators-editor';

/**
 * An administrator's amendment of a published challenge: a public reason and the changed fields only.
 * Changing indicators, bounty or deadline pushes the deadline to at least 7 days away and makes existing
 * bids reconfirm; the form says so as soon as such a field changes.
 */
export function AmendForm({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation(['challenges', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<AmendmentValues>();
  const amend = useAmendChallenge();
  const [unmatched, setUnmatched] = useState<ProblemFieldError[]>([]);
  const initialValues = useMemo(() => amendmentValues(challenge), [challenge]);
  const values = Form.useWatch([], form) as AmendmentValues | undefined;
  const request = toAmendmentRequest(values ?? initialValues, challenge);
  const changed = changedFields(request);
  const terms = changesTerms(request);

  const onFinish = (submitted: AmendmentValues) => {
    const body = toAmendmentRequest(submitted, challenge);
    if (changedFields(body).length === 0) {
      message.warning(t('amend.nothingChanged'));
      return;
    }
    amend.mutate(
      { id: challenge.id, request: body },
      {
        onSuccess: (view) => {
          message.success(t('amend.done'));
          void navigate(`/challenges/${view.id}`);
        },
        onError: (error) => setUnmatched(applyProblemToForm(form, error)),
      },
    );
  };

  return (
    <Card data-testid="amend-form">
      <Alert
        type={terms ? 'warning' : 'info'}
        showIcon
        icon={terms ? <WarningOutlined /> : undefined}
        className="form-alert"
        title={terms ? t('amend.termsWarningTitle') : t('amend.ruleTitle')}
        description={t('amend.rule')}
        data-testid="amend-rule"
      />
      {amend.isError && <ProblemAlert className="form-alert" error={amend.error} fieldErrors={unmatched} />}
      <Form<AmendmentValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} scrollToFirstError={{ block: 'center' }}>
        <Form.Item
          name="reason"
          label={t('amend.reason')}
          extra={t('amend.reasonHint')}
          rules={[
            { required: true, whitespace: true, message: t('decisions.reasonRequired') },
            { max: 2000, message: t('common:validation.maxLength', { max: 2000 }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="amend-reason" />
        </Form.Item>
        <Typography.Title level={5} className="form-section-title">
          {t('amend.fields')}
        </Typography.Title>
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
        <div className="form-actions-bar">
          <div className="amend-changed" data-testid="amend-changed">
            {changed.length === 0
              ? t('amend.noChanges')
              : (
                <>
                  {t('amendments.changed')}{' '}
                  {changed.map((field) => (
                    <Tag key={field} color={['technicalIndicators', 'bounty', 'bidDeadline'].includes(field) ? 'orange' : undefined}>
                      {t(`amendments.fields.${field}` as 'amendments.fields.title', { defaultValue: field })}
                    </Tag>
                  ))}
                </>
              )}
          </div>
          <Space>
            <Button onClick={() => void navigate(-1)}>{t('common:actions.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={amend.isPending} disabled={changed.length === 0} data-testid="amend-submit">
              {t('amend.submit')}
            </Button>
          </Space>
        </div>
      </Form>
    </Card>
  );
}
