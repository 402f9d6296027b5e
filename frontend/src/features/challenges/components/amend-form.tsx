import { WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import type { ProblemFieldError } from '@/lib/api-client';
import { applyProblemToForm } from '@/lib/form-errors';
import type { ChallengeView } from '@/types/api';

import { useAmendChallenge } from '../api/challenge-decisions';
import { amendmentValues, changedFields, changesTerms, toAmendmentRequest, type AmendmentValues } from '../utils/amendment';
import { AmendmentFields } from './amendment-fields';

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
        <AmendmentFields />
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
