import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import type { ProblemFieldError } from '@/lib/api-client';
import { applyProblemToForm } from '@/lib/form-errors';

import { useDeclareConflict } from '../api/declare-conflict';

type DeclarationValues = { hasConflict?: boolean; statement?: string };

/**
 * The declaration of conflicts of interest a reviewer makes before any bid is shown (SPEC §4). Declaring a
 * conflict recuses the reviewer; either way the declaration is final and goes into the audit log.
 */
export function ConflictDeclaration({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation(['awards', 'common']);
  const [form] = Form.useForm<DeclarationValues>();
  const hasConflict = Form.useWatch('hasConflict', form);
  const declare = useDeclareConflict(challengeId);
  const [unmatched, setUnmatched] = useState<ProblemFieldError[]>([]);

  const submit = (values: DeclarationValues) => {
    setUnmatched([]);
    declare.mutate(
      { hasConflict: values.hasConflict === true, statement: values.statement?.trim() || null },
      { onError: (error) => setUnmatched(applyProblemToForm(form, error)) },
    );
  };

  return (
    <Card className="detail-card conflict-card" title={t('conflict.title')} data-testid="conflict-declaration">
      <Typography.Paragraph>{t('conflict.lead')}</Typography.Paragraph>
      <ul className="conflict-rules">
        {(['firm', 'bidder', 'partner', 'personal'] as const).map((rule) => (
          <li key={rule}>{t(`conflict.rules.${rule}`)}</li>
        ))}
      </ul>
      <Form<DeclarationValues> form={form} layout="vertical" onFinish={submit} disabled={declare.isPending}>
        <Form.Item name="hasConflict" label={t('conflict.question')} rules={[{ required: true, message: t('conflict.choose') }]}>
          <Radio.Group>
            <Radio value={false} data-testid="conflict-none">
              {t('conflict.none')}
            </Radio>
            <Radio value={true} data-testid="conflict-has">
              {t('conflict.has')}
            </Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="statement"
          label={t('conflict.statement')}
          extra={hasConflict ? t('conflict.statementRequiredHint') : t('conflict.statementHint')}
          rules={[
            { required: hasConflict === true, whitespace: true, message: t('conflict.statementRequired') },
            { max: 2000, message: t('common:validation.maxLength', { max: 2000 }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="conflict-statement" />
        </Form.Item>
        {hasConflict === true && <Alert type="warning" showIcon title={t('conflict.recuseWarning')} className="form-alert" />}
        <Alert type="info" showIcon title={t('conflict.final')} className="form-alert" />
        {declare.isError && <ProblemAlert error={declare.error} fieldErrors={unmatched} className="form-alert" />}
        <Button type="primary" htmlType="submit" icon={<SafetyCertificateOutlined />} loading={declare.isPending} data-testid="conflict-submit">
          {t('conflict.submit')}
        </Button>
      </Form>
    </Card>
  );
}
