import { EyeInvisibleOutlined, MessageOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { QueryError } from '@/components/ui/query-error';
import { loginPath, useUser } from '@/lib/auth';
import { applyProblemToForm } from '@/lib/form-errors';
import { PUBLIC_CHALLENGE_STATUSES, type ChallengeView } from '@/types/api';

import { useAskClarification } from '../api/ask-clarification';
import { useClarifications } from '../api/get-clarifications';
import { ClarificationAnswerForm } from './clarification-answer-form';
import { ClarificationList } from './clarification-list';

/** A lab's question; published without its identity once answered. */
function AskForm({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation(['clarifications', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ question: string }>();
  const ask = useAskClarification(challengeId);
  return (
    <div className="clarification-ask" data-testid="clarification-ask">
      <Typography.Title level={5} className="form-section-title">
        <QuestionCircleOutlined /> {t('ask.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="clarification-anonymity">
        <EyeInvisibleOutlined /> {t('ask.anonymity')}
      </Typography.Paragraph>
      {ask.isError && <ProblemAlert className="form-alert" error={ask.error} />}
      <Form
        form={form}
        name="clarification-ask"
        layout="vertical"
        disabled={ask.isPending}
        onFinish={({ question }) =>
          ask.mutate(question.trim(), {
            onSuccess: () => {
              form.resetFields();
              message.success(t('ask.done'));
            },
            onError: (error) => applyProblemToForm(form, error),
          })
        }
      >
        <Form.Item
          name="question"
          label={t('ask.label')}
          rules={[
            { required: true, whitespace: true, message: t('ask.required') },
            { max: 2000, message: t('common:validation.maxLength', { max: 2000 }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('ask.placeholder')} data-testid="clarification-question-input" />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<MessageOutlined />} loading={ask.isPending} data-testid="clarification-ask-submit">
          {t('ask.submit')}
        </Button>
      </Form>
    </div>
  );
}

/**
 * 答疑: the public questions and answers of a challenge. Labs ask while it takes bids; its firm and
 * administrators answer each open question; an administrator may make an answer an amendment.
 */
export function Clarifications({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation(['clarifications', 'common']);
  const location = useLocation();
  const { data: user } = useUser();
  const visible = PUBLIC_CHALLENGE_STATUSES.includes(challenge.status);
  const list = useClarifications(challenge.id, { enabled: visible });
  const [answering, setAnswering] = useState<string | undefined>();
  if (!visible) {
    return null;
  }
  const ownOrganization = user?.organization?.id === challenge.organization.id;
  const admin = user?.role === 'ADMIN';
  const canAnswer = admin || (user?.role === 'FIRM' && ownOrganization);
  const taking = challenge.status === 'PUBLISHED' && challenge.open;
  const canAsk = user?.role === 'LAB' && taking && !ownOrganization;
  const items = list.data ?? [];
  const unanswered = items.filter((item) => item.answer === null).length;

  let body;
  if (list.isPending) {
    body = <Skeleton active paragraph={{ rows: 3 }} />;
  } else if (list.isError) {
    body = <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  } else {
    body = (
      <ClarificationList
        items={items}
        emptyText={taking ? t('list.emptyOpen') : t('list.empty')}
        renderAnswer={
          canAnswer
            ? (item) =>
                answering === item.id ? (
                  <ClarificationAnswerForm challenge={challenge} question={item} admin={admin} onDone={() => setAnswering(undefined)} />
                ) : (
                  <Button size="small" type="primary" ghost onClick={() => setAnswering(item.id)} data-testid="clarification-answer-open">
                    {t('answer.open')}
                  </Button>
                )
            : undefined
        }
      />
    );
  }

  return (
    <Card
      title={
        <span>
          <MessageOutlined /> {t('title')}
          {items.length > 0 && <Typography.Text type="secondary"> {t('count', { count: items.length })}</Typography.Text>}
        </span>
      }
      className="detail-card"
      data-testid="clarifications"
    >
      <Typography.Paragraph type="secondary" className="clarifications-lead">
        {t('lead')}
      </Typography.Paragraph>
      {canAnswer && unanswered > 0 && (
        <Typography.Paragraph className="clarifications-unanswered" data-testid="clarifications-unanswered">
          {t('unanswered', { count: unanswered })}
        </Typography.Paragraph>
      )}
      {body}
      {canAsk && <AskForm challengeId={challenge.id} />}
      {!user && taking && (
        <Typography.Paragraph type="secondary" className="clarification-ask-login">
          {t('ask.signIn')}{' '}
          <Link to={loginPath(location.pathname)}>{t('common:actions.login')}</Link>
        </Typography.Paragraph>
      )}
      {user?.role === 'LAB' && !taking && (
        <Typography.Paragraph type="secondary" data-testid="clarification-ask-closed">
          {t('ask.closed')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
