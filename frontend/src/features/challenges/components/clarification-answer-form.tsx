import { WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Space, Switch, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import type { ProblemFieldError } from '@/lib/api-client';
import { applyProblemToForm } from '@/lib/form-errors';
import type { ChallengeView, ClarificationView } from '@/types/api';

import { useAnswerClarification } from '../api/answer-clarification';
import { amendmentValues, changedFields, changesTerms, toAmendmentRequest } from '../utils/amendment';
import { toAnswerRequest, withoutAmendmentPrefix, type AnswerValues } from '../utils/clarification';
import { AmendmentFields } from './amendment-fields';

const TERMS_FIELDS = ['technicalIndicators', 'bounty', 'bidDeadline'];

/**
 * The answer to one question, given once by the challenge's firm or an administrator. Only an
 * administrator may mark it as changing the terms; then it carries an amendment, explained with its rules.
 */
export function ClarificationAnswerForm({
  challenge,
  question,
  admin,
  onDone,
}: {
  challenge: ChallengeView;
  question: ClarificationView;
  admin: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation(['clarifications', 'challenges', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<AnswerValues>();
  const answer = useAnswerClarification(challenge.id);
  const [unmatched, setUnmatched] = useState<ProblemFieldError[]>([]);
  const initialValues = useMemo<AnswerValues>(() => ({ ...amendmentValues(challenge), answer: '', changesTerms: false }), [challenge]);
  const values = Form.useWatch([], form) as AnswerValues | undefined;
  const amend = admin && Boolean(values?.changesTerms);
  const request = amend ? toAmendmentRequest(values ?? initialValues, challenge) : undefined;
  const changed = request ? changedFields(request) : [];
  const termsTouched = request ? changesTerms(request) : false;

  const onFinish = (submitted: AnswerValues) => {
    const body = toAnswerRequest(submitted, challenge, admin && Boolean(submitted.changesTerms));
    if (body.changesTerms && Object.keys(body.amendment ?? {}).length === 0) {
      form.setFields([{ name: 'changesTerms', errors: [t('answer.nothingChanged')] }]);
      return;
    }
    setUnmatched([]);
    answer.mutate(
      { id: question.id, request: body },
      {
        onSuccess: () => {
          message.success(body.changesTerms ? t('answer.doneAmended') : t('answer.done'));
          onDone();
        },
        onError: (error) => setUnmatched(applyProblemToForm(form, withoutAmendmentPrefix(error))),
      },
    );
  };

  return (
    <div className="clarification-answer-form" data-testid="clarification-answer-form">
      {answer.isError && <ProblemAlert className="form-alert" error={answer.error} fieldErrors={unmatched} />}
      <Form<AnswerValues>
        form={form}
        name={`answer-${question.id}`}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        disabled={answer.isPending}
        scrollToFirstError={{ block: 'center' }}
      >
        <Form.Item
          name="answer"
          label={t('answer.label')}
          extra={t('answer.public')}
          rules={[
            { required: true, whitespace: true, message: t('answer.required') },
            { max: 5000, message: t('common:validation.maxLength', { max: 5000 }) },
          ]}
        >
          <Input.TextArea rows={4} maxLength={5000} showCount data-testid="clarification-answer-input" />
        </Form.Item>
        {admin ? (
          <Form.Item name="changesTerms" valuePropName="checked" label={t('answer.changesTerms')} extra={t('answer.changesTermsHint')} className="clarification-terms-switch">
            <Switch data-testid="clarification-changes-terms" />
          </Form.Item>
        ) : (
          <Typography.Paragraph type="secondary" className="clarification-firm-note">
            {t('answer.firmTermsNote')}
          </Typography.Paragraph>
        )}
        {amend && (
          <div className="clarification-amendment" data-testid="clarification-amendment">
            <Alert
              type={termsTouched ? 'warning' : 'info'}
              showIcon
              icon={termsTouched ? <WarningOutlined /> : undefined}
              className="form-alert"
              title={t('answer.amendTitle')}
              description={
                <>
                  <Typography.Paragraph className="clarification-rule">{t('answer.amendRule')}</Typography.Paragraph>
                  <Typography.Paragraph className="clarification-rule">{t('challenges:amend.rule')}</Typography.Paragraph>
                </>
              }
              data-testid="clarification-amend-rule"
            />
            <AmendmentFields />
            <div className="amend-changed" data-testid="clarification-amend-changed">
              {changed.length === 0 ? (
                t('challenges:amend.noChanges')
              ) : (
                <>
                  {t('challenges:amendments.changed')}{' '}
                  {changed.map((field) => (
                    <Tag key={field} color={TERMS_FIELDS.includes(field) ? 'orange' : undefined}>
                      {t(`challenges:amendments.fields.${field}` as 'challenges:amendments.fields.title', { defaultValue: field })}
                    </Tag>
                  ))}
                </>
              )}
            </div>
          </div>
        )}
        <Space className="clarification-answer-actions" wrap>
          <Button onClick={onDone} disabled={answer.isPending}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={answer.isPending} data-testid="clarification-answer-submit">
            {amend ? t('answer.submitAmended') : t('answer.submit')}
          </Button>
        </Space>
      </Form>
    </div>
  );
}
