import { Form, Input, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';

type ReasonDialogProps = {
  open: boolean;
  title: ReactNode;
  description?: ReactNode;
  okText: ReactNode;
  danger?: boolean;
  loading?: boolean;
  error?: unknown;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
  testId?: string;
};

/** A decision that must give a reason (reject, cancel): a required text of up to 2,000 characters. */
export function ReasonDialog({ open, title, description, okText, danger, loading, error, onSubmit, onCancel, testId }: ReasonDialogProps) {
  const { t } = useTranslation(['challenges', 'common']);
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger, loading, ...(testId ? { 'data-testid': `${testId}-ok` } : {}) }}
      cancelText={t('common:actions.cancel')}
      onOk={() =>
        void form.validateFields().then(
          (values) => onSubmit(values.reason.trim()),
          () => undefined, // The form shows what is missing.
        )
      }
      onCancel={onCancel}
      destroyOnHidden
      data-testid={testId}
    >
      {description && <Typography.Paragraph type="secondary">{description}</Typography.Paragraph>}
      {error !== undefined && error !== null && <ProblemAlert error={error} className="form-alert" />}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label={t('decisions.reason')}
          rules={[
            { required: true, whitespace: true, message: t('decisions.reasonRequired') },
            { max: 2000, message: t('common:validation.maxLength', { max: 2000 }) },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount autoFocus data-testid={testId ? `${testId}-reason` : undefined} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
