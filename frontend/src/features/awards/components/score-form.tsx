import { SaveOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import type { ProblemFieldError } from '@/lib/api-client';
import { applyProblemToForm } from '@/lib/form-errors';
import { CRITERIA, type Rubric, type ScoreView } from '@/types/api';

import type { ScoreRequest } from '../api/save-score';
import { liveTotal, scoreProblem, toScoreFormValues, toScoreRequest, type ScoreFormValues } from '../utils/scoring';

type ScoreFormProps = {
  rubric: Rubric;
  /** The reviewer's earlier score of this bid, if any. */
  score: ScoreView | null;
  readOnly?: boolean;
  onSubmit: (request: ScoreRequest) => Promise<unknown>;
};

/**
 * A reviewer's score of one bid: points per criterion from 0 to its weight (one decimal at most) and a
 * comment for each, with the total kept up to date as they type. Server field errors show at their fields.
 */
export function ScoreForm({ rubric, score, readOnly = false, onSubmit }: ScoreFormProps) {
  const { t } = useTranslation(['awards', 'common']);
  const [form] = Form.useForm<ScoreFormValues>();
  const values = Form.useWatch([], form) as Partial<ScoreFormValues> | undefined;
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const [unmatched, setUnmatched] = useState<ProblemFieldError[]>([]);
  const total = liveTotal(values, rubric);

  const submit = async (submitted: ScoreFormValues) => {
    setSaving(true);
    setProblem(undefined);
    setUnmatched([]);
    try {
      await onSubmit(toScoreRequest(submitted));
    } catch (error) {
      setProblem(error);
      setUnmatched(applyProblemToForm(form, error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<ScoreFormValues>
      form={form}
      layout="vertical"
      initialValues={toScoreFormValues(score)}
      onFinish={(submitted) => void submit(submitted)}
      disabled={readOnly || saving}
      className="score-form"
      data-testid="score-form"
      scrollToFirstError
    >
      {CRITERIA.map((criterion) => {
        const weight = rubric[criterion];
        const name = t(`criteria.${criterion}`);
        return (
          <fieldset key={criterion} className="score-criterion" data-testid={`score-${criterion}`}>
            <legend className="score-criterion-title">
              {name}
              <Typography.Text type="secondary" className="score-criterion-weight">
                {t('score.maxPoints', { max: weight })}
              </Typography.Text>
            </legend>
            <Form.Item
              name={[criterion, 'score']}
              label={t('score.points', { name, max: weight })}
              rules={[
                {
                  validator: (_, value: number | string | null | undefined) => {
                    const problem = scoreProblem(value, weight);
                    return problem ? Promise.reject(new Error(t(`score.problems.${problem}`, { max: weight }))) : Promise.resolve();
                  },
                },
              ]}
            >
              <InputNumber<number> min={0} step={0.5} className="score-input" placeholder={`0 – ${weight}`} />
            </Form.Item>
            <Form.Item
              name={[criterion, 'comment']}
              label={t('score.comment', { name })}
              rules={[
                { required: true, whitespace: true, message: t('score.commentRequired') },
                { max: 2000, message: t('common:validation.maxLength', { max: 2000 }) },
              ]}
            >
              <Input.TextArea rows={2} maxLength={2000} showCount placeholder={t('score.commentPlaceholder')} />
            </Form.Item>
          </fieldset>
        );
      })}
      <div className="score-total" data-testid="score-total" data-complete={total.complete} data-total={total.total}>
        <span>{t('score.total')}</span>
        <strong className="score-total-value">{total.total}</strong>
        <span className="score-total-max">/ {total.max}</span>
      </div>
      {total.over.length > 0 && (
        <Typography.Text type="danger" data-testid="score-over">
          {t('score.over', { names: total.over.map((criterion) => t(`criteria.${criterion}`)).join(t('score.listSeparator')) })}
        </Typography.Text>
      )}
      {problem !== undefined && <ProblemAlert error={problem} fieldErrors={unmatched} className="form-alert" />}
      {!readOnly && (
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving} block data-testid="score-submit">
          {score ? t('score.update') : t('score.save')}
        </Button>
      )}
    </Form>
  );
}
