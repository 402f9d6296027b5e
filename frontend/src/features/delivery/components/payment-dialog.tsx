import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { AmountHint, MoneyInput } from '@/components/ui/money-input';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { DISPLAY_TIME_ZONE, formatMoney, toAmount } from '@/lib/format';
import { applyProblemToForm } from '@/lib/form-errors';
import type { MilestoneView } from '@/types/api';

import { useRecordPayment } from '../api/record-payment';
import { checkPaymentAmount, remainingAmount } from '../utils/money-progress';
import { PAYMENT_NOTE_MAX } from '../utils/validation';

type PaymentValues = { amount?: string; paidOn?: Dayjs; note?: string };

const beijingToday = () => dayjs().tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD');

type PaymentDialogProps = {
  challengeId: string;
  milestone: MilestoneView | undefined;
  onClose: () => void;
};

/** Records a payment of an accepted milestone: at most what remains, paid today or earlier (Beijing days). */
export function PaymentDialog({ challengeId, milestone, onClose }: PaymentDialogProps) {
  const { t } = useTranslation(['delivery', 'common']);
  const [form] = Form.useForm<PaymentValues>();
  const paying = useRecordPayment(challengeId);
  const [stray, setStray] = useState<unknown>();
  const remaining = milestone ? remainingAmount(milestone.paymentAmount, milestone.paidAmount) : '0.00';
  const amount = Form.useWatch('amount', form);

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values || !milestone) {
      return;
    }
    setStray(undefined);
    paying.mutate(
      {
        milestoneId: milestone.id,
        request: {
          amount: toAmount(values.amount)!,
          paidOn: values.paidOn ? values.paidOn.format('YYYY-MM-DD') : undefined,
          note: values.note?.trim() || undefined,
        },
      },
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
      open={milestone !== undefined}
      title={milestone ? t('payment.title', { seq: milestone.seq, title: milestone.title }) : undefined}
      okText={t('payment.submit')}
      okButtonProps={{ loading: paying.isPending, 'data-testid': 'payment-submit' }}
      cancelText={t('common:actions.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="payment-dialog"
    >
      <Typography.Paragraph type="secondary" data-testid="payment-remaining" data-remaining={remaining}>
        {t('payment.remaining', { remaining: formatMoney(remaining), amount: formatMoney(milestone?.paymentAmount) })}
      </Typography.Paragraph>
      {stray !== undefined && <ProblemAlert error={stray} className="form-alert" />}
      <Form form={form} layout="vertical" preserve={false} initialValues={{ amount: remaining }}>
        <Form.Item
          name="amount"
          label={t('payment.amount')}
          extra={<AmountHint value={amount} />}
          rules={[
            {
              validator: (_, value: string | undefined) => {
                const problem = checkPaymentAmount(value, remaining);
                return problem
                  ? Promise.reject(new Error(t(`payment.problems.${problem}`, { remaining: formatMoney(remaining) })))
                  : Promise.resolve();
              },
            },
          ]}
        >
          <MoneyInput testId="payment-amount" />
        </Form.Item>
        <Form.Item name="paidOn" label={t('payment.paidOn')} extra={t('payment.paidOnHint')}>
          <DatePicker
            className="full-width"
            disabledDate={(day) => day.format('YYYY-MM-DD') > beijingToday()}
            placeholder={beijingToday()}
            data-testid="payment-paid-on"
          />
        </Form.Item>
        <Form.Item name="note" label={t('payment.note')}>
          <Input maxLength={PAYMENT_NOTE_MAX} placeholder={t('payment.notePlaceholder')} data-testid="payment-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
