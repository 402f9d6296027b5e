import { CheckCircleOutlined, TrophyOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { QueryError } from '@/components/ui/query-error';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { applyProblemToForm } from '@/lib/form-errors';
import type { ResultView } from '@/types/api';

import { useChallengeResult, type ResultOwner } from '../api/get-challenge-result';
import { usePublishResults, type ResultsRequest } from '../api/publish-results';
import { RESULTS_OUTCOMES_MAX, RESULTS_SUMMARY_MAX, RESULTS_TITLE_MAX } from '../utils/validation';

function ResultsEditor({ challengeId, current, onDone }: { challengeId: string; current: ResultView | null; onDone: () => void }) {
  const { t } = useTranslation(['delivery', 'common']);
  const [form] = Form.useForm<ResultsRequest>();
  const publishing = usePublishResults(challengeId);
  const [stray, setStray] = useState<unknown>();

  const submit = (values: ResultsRequest) => {
    setStray(undefined);
    publishing.mutate(
      { title: values.title.trim(), summary: values.summary.trim(), outcomes: values.outcomes?.trim() || undefined },
      {
        onSuccess: onDone,
        onError: (error) => {
          const unmatched = applyProblemToForm(form, error);
          if (!isApiError(error) || error.errors.length === 0 || unmatched.length > 0) {
            setStray(error);
          }
        },
      },
    );
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ title: current?.title ?? '', summary: current?.summary ?? '', outcomes: current?.outcomes ?? '' }}
      data-testid="results-form"
    >
      {stray !== undefined && <ProblemAlert error={stray} className="form-alert" />}
      <Form.Item
        name="title"
        label={t('results.form.title')}
        rules={[
          { required: true, whitespace: true, message: t('results.form.titleRequired') },
          { max: RESULTS_TITLE_MAX, message: t('common:validation.maxLength', { max: RESULTS_TITLE_MAX }) },
        ]}
      >
        <Input maxLength={RESULTS_TITLE_MAX} showCount placeholder={t('results.form.titlePlaceholder')} data-testid="results-title" />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('results.form.summary')}
        extra={t('results.form.summaryHint')}
        rules={[
          { required: true, whitespace: true, message: t('results.form.summaryRequired') },
          { max: RESULTS_SUMMARY_MAX, message: t('common:validation.maxLength', { max: RESULTS_SUMMARY_MAX }) },
        ]}
      >
        <Input.TextArea rows={4} maxLength={RESULTS_SUMMARY_MAX} showCount data-testid="results-summary" />
      </Form.Item>
      <Form.Item
        name="outcomes"
        label={t('results.form.outcomes')}
        extra={t('results.form.outcomesHint')}
        rules={[{ max: RESULTS_OUTCOMES_MAX, message: t('common:validation.maxLength', { max: RESULTS_OUTCOMES_MAX }) }]}
      >
        <Input.TextArea rows={6} maxLength={RESULTS_OUTCOMES_MAX} showCount data-testid="results-outcomes" />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<TrophyOutlined />} loading={publishing.isPending} data-testid="results-submit">
        {current ? t('results.form.update') : t('results.form.publish')}
      </Button>
    </Form>
  );
}

/**
 * The results summary (成果) of a completed challenge: what is published, with a link to the showcase, and
 * for the firm and the winning lab the form to publish or revise it.
 */
export function ResultsPanel({ owner, canPublish }: { owner: ResultOwner; canPublish: boolean }) {
  const { t } = useTranslation('delivery');
  const result = useChallengeResult(owner);
  const [editing, setEditing] = useState(false);

  let body;
  if (result.isPending) {
    body = <Skeleton active paragraph={{ rows: 3 }} />;
  } else if (result.isError) {
    body = <QueryError error={result.error} onRetry={() => void result.refetch()} />;
  } else {
    const current = result.data;
    body = (
      <>
        {current ? (
          <Alert
            type="success"
            showIcon
            icon={<CheckCircleOutlined />}
            className="form-alert"
            data-testid="results-published"
            title={
              <>
                {t('results.published', { time: formatDateTime(current.updatedAt) })}{' '}
                <Link to={`/results/${current.id}`} data-testid="results-published-link">
                  {current.title}
                </Link>
              </>
            }
            description={t('results.publishedBy', { role: t(`results.roles.${current.publishedByRole === 'LAB' ? 'LAB' : 'FIRM'}`) })}
          />
        ) : (
          <Typography.Paragraph type="secondary" data-testid="results-none">
            {canPublish ? t('results.invite') : t('results.notYet')}
          </Typography.Paragraph>
        )}
        {canPublish &&
          (editing || !current ? (
            <ResultsEditor key={current?.updatedAt ?? 'new'} challengeId={owner.challengeId} current={current} onDone={() => setEditing(false)} />
          ) : (
            <Button onClick={() => setEditing(true)} data-testid="results-edit">
              {t('results.form.revise')}
            </Button>
          ))}
      </>
    );
  }
  return (
    <Card
      className="detail-card results-panel"
      data-testid="results-panel"
      title={
        <span>
          <TrophyOutlined /> {t('results.panelTitle')}
        </span>
      }
    >
      {body}
    </Card>
  );
}
