import { MessageOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Form, Input, Modal, Radio, Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { QueryError } from '@/components/ui/query-error';
import type { ProblemFieldError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { applyProblemToForm } from '@/lib/form-errors';
import type { ObjectionStatus, ObjectionView } from '@/types/api';

import { useAnswerObjection, type ObjectionAnswerRequest } from '../api/answer-objection';
import { OBJECTION_PAGE_SIZE, useObjectionQueue } from '../api/get-objection-queue';
import { ObjectionStatusTag } from './award-tags';

export type ObjectionFilter = ObjectionStatus | 'ALL';

type AnswerValues = { decision?: ObjectionAnswerRequest['decision']; answer?: string };

/** The answer to one objection: upheld (the proposal is withdrawn) or dismissed, with reasons for the objector. */
function AnswerDialog({ objection, onClose }: { objection: ObjectionView | undefined; onClose: () => void }) {
  const { t } = useTranslation(['awards', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<AnswerValues>();
  const decision = Form.useWatch('decision', form);
  const answer = useAnswerObjection();
  const [unmatched, setUnmatched] = useState<ProblemFieldError[]>([]);

  const submit = (values: AnswerValues) => {
    if (!objection) {
      return;
    }
    setUnmatched([]);
    answer.mutate(
      { objectionId: objection.id, request: { decision: values.decision!, answer: (values.answer ?? '').trim() } },
      {
        onSuccess: (answered) => {
          message.success(t(`objections.answered.${answered.status === 'UPHELD' ? 'UPHELD' : 'DISMISSED'}`));
          onClose();
        },
        onError: (error) => setUnmatched(applyProblemToForm(form, error)),
      },
    );
  };

  return (
    <Modal
      open={objection !== undefined}
      title={t('objections.answerTitle', { title: objection?.challengeTitle ?? '' })}
      okText={t('objections.answerSubmit')}
      okButtonProps={{ loading: answer.isPending, danger: decision === 'UPHELD', 'data-testid': 'answer-submit' }}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => answer.reset()}
      destroyOnHidden
      width={640}
      data-testid="answer-dialog"
    >
      {objection && (
        <div className="objection-reasons">
          <div className="fact-label">{t('objections.reasons')}</div>
          <Typography.Paragraph className="pre-wrap">{objection.reasons}</Typography.Paragraph>
        </div>
      )}
      {answer.isError && <ProblemAlert error={answer.error} fieldErrors={unmatched} className="form-alert" />}
      <Form<AnswerValues> form={form} layout="vertical" preserve={false} onFinish={submit}>
        <Form.Item name="decision" label={t('objections.decision')} rules={[{ required: true, message: t('objections.decisionRequired') }]}>
          <Radio.Group>
            <Radio value="DISMISSED" data-testid="answer-dismiss">
              {t('objections.dismiss')}
            </Radio>
            <Radio value="UPHELD" data-testid="answer-uphold">
              {t('objections.uphold')}
            </Radio>
          </Radio.Group>
        </Form.Item>
        {decision === 'UPHELD' && <Alert type="warning" showIcon title={t('objections.upholdWarning')} className="form-alert" />}
        <Form.Item
          name="answer"
          label={t('objections.answer')}
          extra={t('objections.answerHint')}
          rules={[
            { required: true, whitespace: true, message: t('objections.answerRequired') },
            { max: 5000, message: t('common:validation.maxLength', { max: 5000 }) },
          ]}
        >
          <Input.TextArea rows={4} maxLength={5000} showCount data-testid="answer-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Objections to announced awards, oldest first, each answered here. */
export function ObjectionQueue({
  filter,
  page,
  onChange,
}: {
  filter: ObjectionFilter;
  page: number;
  onChange: (next: { filter: ObjectionFilter; page: number }) => void;
}) {
  const { t } = useTranslation(['awards', 'common']);
  const queue = useObjectionQueue(filter === 'ALL' ? undefined : filter, page);
  const [answering, setAnswering] = useState<ObjectionView | undefined>();
  return (
    <div data-testid="objection-queue">
      <Segmented<ObjectionFilter>
        className="admin-segmented"
        value={filter}
        onChange={(next) => onChange({ filter: next, page: 1 })}
        options={(['PENDING', 'DISMISSED', 'UPHELD', 'ALL'] as const).map((value) => ({ value, label: t(`objections.filter.${value}`) }))}
      />
      {queue.isError ? (
        <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <Table<ObjectionView>
          rowKey="id"
          loading={queue.isPending || queue.isFetching}
          dataSource={queue.data?.items}
          scroll={{ x: 1000 }}
          locale={{ emptyText: <Empty description={t('objections.empty')} /> }}
          pagination={{
            current: page,
            pageSize: OBJECTION_PAGE_SIZE,
            total: queue.data?.total ?? 0,
            hideOnSinglePage: true,
            showSizeChanger: false,
            onChange: (next) => onChange({ filter, page: next }),
          }}
          columns={[
            {
              title: t('objections.announcement'),
              key: 'challenge',
              width: 240,
              render: (_, row) => (
                <div data-testid="objection-row" data-objection-id={row.id}>
                  <Link to={`/announcements/${row.awardId}`}>{row.challengeTitle}</Link>
                  <div className="fact-sub">
                    <Link to={`/admin/challenges/${row.challengeId}/evaluation`}>{t('objections.workspace')}</Link>
                  </div>
                </div>
              ),
            },
            {
              title: t('objections.objector'),
              key: 'objector',
              width: 150,
              render: (_, row) => (
                <div>
                  {row.objector.displayName ?? '—'}
                  <div className="fact-sub">{formatDateTime(row.filedAt)}</div>
                </div>
              ),
            },
            {
              title: t('objections.reasons'),
              dataIndex: 'reasons',
              render: (reasons: string) => (
                <Typography.Paragraph className="pre-wrap objection-text" ellipsis={{ rows: 3, expandable: true }}>
                  {reasons}
                </Typography.Paragraph>
              ),
            },
            {
              title: t('objections.status'),
              key: 'status',
              width: 240,
              render: (_, row) => (
                <div>
                  <ObjectionStatusTag status={row.status} testId="objection-status" />
                  {row.answer && (
                    <Typography.Paragraph type="secondary" className="pre-wrap objection-text" ellipsis={{ rows: 3, expandable: true }}>
                      {row.answer}
                    </Typography.Paragraph>
                  )}
                  {row.answeredAt && <div className="fact-sub">{formatDateTime(row.answeredAt)}</div>}
                </div>
              ),
            },
            {
              title: t('objections.actions'),
              key: 'actions',
              width: 110,
              render: (_, row) =>
                row.status === 'PENDING' && (
                  <Button type="primary" size="small" icon={<MessageOutlined />} onClick={() => setAnswering(row)} data-testid="objection-answer">
                    {t('objections.answerOpen')}
                  </Button>
                ),
            },
          ]}
        />
      )}
      <AnswerDialog objection={answering} onClose={() => setAnswering(undefined)} />
    </div>
  );
}
