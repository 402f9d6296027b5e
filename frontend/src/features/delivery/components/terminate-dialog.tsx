import { Alert, Form, Input, Modal, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyProblemToForm } from '@/lib/form-errors';
import type { DeliveryView } from '@/types/api';

import { useTerminateDelivery } from '../api/terminate-delivery';
import { TERMINATION_REASON_MAX } from '../utils/validation';

type TerminateValues = { reason: string; dueDiligence: boolean };

/**
 * An administrator terminates a delivery with a public reason, and says whether the lab acted with due
 * diligence (尽职免责): then its track record counts the project as neither failed nor completed.
 */
export function TerminateDialog({ delivery, onClose }: { delivery: DeliveryView | undefined; onClose: () => void }) {
  const { t } = useTranslation(['delivery', 'common']);
  const [form] = Form.useForm<TerminateValues>();
  const terminating = useTerminateDelivery();
  const [stray, setStray] = useState<unknown>();
  const diligence = Form.useWatch('dueDiligence', form) ?? false;

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values || !delivery) {
      return;
    }
    setStray(undefined);
    terminating.mutate(
      { challengeId: delivery.challengeId, request: { reason: values.reason.trim(), dueDiligence: values.dueDiligence } },
      {
        onSuccess: onClose,
        onError: (error) => {
          applyProblemToForm(form, error);
          setStray(error);
        },
      },
    );
  };

  return (
    <Modal
      open={delivery !== undefined}
      title={delivery ? t('termination.title', { title: delivery.challengeTitle }) : undefined}
      okText={t('termination.submit')}
      okButtonProps={{ danger: true, loading: terminating.isPending, 'data-testid': 'terminate-submit' }}
      cancelText={t('common:actions.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="terminate-dialog"
    >
      <Typography.Paragraph type="secondary">{t('termination.lead', { lab: delivery?.lab.name ?? '' })}</Typography.Paragraph>
      {stray !== undefined && <ProblemAlert error={stray} className="form-alert" />}
      <Form form={form} layout="vertical" preserve={false} initialValues={{ dueDiligence: false }}>
        <Form.Item
          name="reason"
          label={t('termination.reason')}
          extra={t('termination.reasonHint')}
          rules={[
            { required: true, whitespace: true, message: t('termination.reasonRequired') },
            { max: TERMINATION_REASON_MAX, message: t('common:validation.maxLength', { max: TERMINATION_REASON_MAX }) },
          ]}
        >
          <Input.TextArea rows={4} maxLength={TERMINATION_REASON_MAX} showCount data-testid="terminate-reason" />
        </Form.Item>
        <Form.Item name="dueDiligence" label={t('termination.dueDiligence')} valuePropName="checked">
          <Switch data-testid="terminate-due-diligence" />
        </Form.Item>
        <Alert
          type={diligence ? 'info' : 'warning'}
          showIcon
          data-testid="terminate-diligence-explained"
          title={diligence ? t('termination.diligenceOn') : t('termination.diligenceOff')}
          description={t('termination.diligenceExplained')}
        />
      </Form>
    </Modal>
  );
}
