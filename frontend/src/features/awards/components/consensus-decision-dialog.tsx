import { Descriptions, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import type { ProblemFieldError } from '@/lib/api-client';
import { applyProblemToForm } from '@/lib/form-errors';
import type { EvaluationBidRow } from '@/types/api';

import { useDecideConsensus } from '../api/decide-consensus';
import { formatScore } from '../utils/scoring';

type DecisionValues = { adoptedScore?: number; reasoning?: string };

/** The separate decision on a non-consensus bid: the total to adopt (0–100) and why (SPEC §4). */
export function ConsensusDecisionDialog({
  challengeId,
  bid,
  onClose,
}: {
  challengeId: string;
  bid: EvaluationBidRow | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation(['awards', 'common']);
  const [form] = Form.useForm<DecisionValues>();
  const decide = useDecideConsensus(challengeId);
  const [unmatched, setUnmatched] = useState<ProblemFieldError[]>([]);

  const submit = (values: DecisionValues) => {
    if (!bid) {
      return;
    }
    setUnmatched([]);
    decide.mutate(
      { bidId: bid.bidId, request: { adoptedScore: Number(values.adoptedScore).toFixed(2), reasoning: (values.reasoning ?? '').trim() } },
      { onSuccess: onClose, onError: (error) => setUnmatched(applyProblemToForm(form, error)) },
    );
  };

  return (
    <Modal
      open={bid !== undefined}
      title={t('decision.title', { lab: bid?.lab.name ?? '' })}
      okText={t('decision.submit')}
      okButtonProps={{ loading: decide.isPending, 'data-testid': 'decision-submit' }}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => decide.reset()}
      destroyOnHidden
      data-testid="decision-dialog"
    >
      <Typography.Paragraph type="secondary">{t('decision.lead')}</Typography.Paragraph>
      {bid && (
        <Descriptions size="small" column={2} className="decision-facts">
          <Descriptions.Item label={t('statistics.mean')}>{formatScore(bid.statistics.mean)}</Descriptions.Item>
          <Descriptions.Item label={t('statistics.stddev')}>{formatScore(bid.statistics.stddev)}</Descriptions.Item>
          {bid.scores.map((score) => (
            <Descriptions.Item key={score.reviewerId} label={score.reviewerName ?? t('scores.reviewer')}>
              {formatScore(score.total, 1)}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      {decide.isError && <ProblemAlert error={decide.error} fieldErrors={unmatched} className="form-alert" />}
      <Form<DecisionValues>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={bid?.decision ? { adoptedScore: Number(bid.decision.adoptedScore), reasoning: bid.decision.reasoning } : undefined}
      >
        <Form.Item
          name="adoptedScore"
          label={t('decision.adoptedScore')}
          rules={[
            { required: true, message: t('common:validation.required') },
            { type: 'number', min: 0, max: 100, message: t('decision.scoreRange') },
          ]}
        >
          <InputNumber<number> step={0.5} precision={2} className="score-input" data-testid="decision-score" />
        </Form.Item>
        <Form.Item
          name="reasoning"
          label={t('decision.reasoning')}
          rules={[
            { required: true, whitespace: true, message: t('decision.reasoningRequired') },
            { max: 5000, message: t('common:validation.maxLength', { max: 5000 }) },
          ]}
        >
          <Input.TextArea rows={4} maxLength={5000} showCount data-testid="decision-reasoning" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
