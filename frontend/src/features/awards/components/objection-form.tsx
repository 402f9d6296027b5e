import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import type { ProblemFieldError } from '@/lib/api-client';
import { applyProblemToForm } from '@/lib/form-errors';

import { useFileObjection } from '../api/file-objection';

/** The objection (异议) a signed-in user may file with reasons while the announcement period runs. */
export function ObjectionForm({ awardId }: { awardId: string }) {
  const { t } = useTranslation(['awards', 'common']);
  const [form] = Form.useForm<{ reasons: string }>();
  const file = useFileObjection(awardId);
  const [unmatched, setUnmatched] = useState<ProblemFieldError[]>([]);

  if (file.isSuccess) {
    return (
      <Alert
        type="success"
        showIcon
        title={t('objectionForm.filed')}
        description={
          <span>
            {t('objectionForm.filedDescription')} <Link to="/my/objections">{t('myObjections.title')}</Link>
          </span>
        }
        data-testid="objection-filed"
      />
    );
  }
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(values) => {
        setUnmatched([]);
        file.mutate(values.reasons.trim(), { onError: (error) => setUnmatched(applyProblemToForm(form, error)) });
      }}
      disabled={file.isPending}
      data-testid="objection-form"
    >
      <Typography.Paragraph type="secondary">{t('objectionForm.lead')}</Typography.Paragraph>
      {file.isError && <ProblemAlert error={file.error} fieldErrors={unmatched} className="form-alert" />}
      <Form.Item
        name="reasons"
        label={t('objectionForm.reasons')}
        rules={[
          { required: true, whitespace: true, message: t('objectionForm.reasonsRequired') },
          { max: 5000, message: t('common:validation.maxLength', { max: 5000 }) },
        ]}
      >
        <Input.TextArea rows={5} maxLength={5000} showCount placeholder={t('objectionForm.placeholder')} data-testid="objection-reasons" />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={file.isPending} data-testid="objection-submit">
        {t('objectionForm.submit')}
      </Button>
    </Form>
  );
}
