import { Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyProblemToForm } from '@/lib/form-errors';
import type { MilestoneView } from '@/types/api';

import { useReturnMilestone } from '../api/return-milestone';
import { checkReturnComments, RETURN_COMMENTS_MAX } from '../utils/validation';

type ReturnDialogProps = {
  challengeId: string;
  milestone: MilestoneView | undefined;
  onClose: () => void;
  onReturned?: (milestone: MilestoneView) => void;
};

/** The firm returns a reported milestone for revision; its comments are required and reach the lab. */
export function ReturnDialog({ challengeId, milestone, onClose, onReturned }: ReturnDialogProps) {
  const { t } = useTranslation(['delivery', 'common']);
  const [form] = Form.useForm<{ comments: string }>();
  const returning = useReturnMilestone(challengeId);
  const [stray, setStray] = useState<unknown>();

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values || !milestone) {
      return;
    }
    setStray(undefined);
    returning.mutate(
      { milestoneId: milestone.id, comments: values.comments.trim() },
      {
        onSuccess: (view) => {
          onReturned?.(view);
          onClose();
        },
        onError: (error) => {
          applyProblemToForm(form, error);
          setStray(error);
        },
      },
    );
  };

  return (
    <Modal
      open={milestone !== undefined}
      title={milestone ? t('return.title', { seq: milestone.seq, title: milestone.title }) : undefined}
      okText={t('return.submit')}
      okButtonProps={{ danger: true, loading: returning.isPending, 'data-testid': 'return-submit' }}
      cancelText={t('common:actions.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="return-dialog"
    >
      <Typography.Paragraph type="secondary">{t('return.lead')}</Typography.Paragraph>
      {stray !== undefined && <ProblemAlert error={stray} className="form-alert" />}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="comments"
          label={t('return.comments')}
          rules={[
            {
              validator: (_, value: string | undefined) => {
                const problem = checkReturnComments(value);
                return problem ? Promise.reject(new Error(t(`return.problems.${problem}`, { max: RETURN_COMMENTS_MAX }))) : Promise.resolve();
              },
            },
          ]}
        >
          <Input.TextArea rows={5} maxLength={RETURN_COMMENTS_MAX} showCount autoFocus placeholder={t('return.placeholder')} data-testid="return-comments" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
