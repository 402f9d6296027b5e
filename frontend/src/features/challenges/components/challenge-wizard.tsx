import { ArrowLeftOutlined, ArrowRightOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Space, Steps, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { isApiError, type ProblemFieldError } from '@/lib/api-client';
import { applyProblemToForm } from '@/lib/form-errors';
import { randomId } from '@/lib/random-id';
import type { ChallengeView } from '@/types/api';

import { useCreateChallenge, useSubmitChallenge, useUpdateChallenge } from '../api/save-challenge';
import {
  emptyChallengeValues,
  fromChallenge,
  isBlankRow,
  stepOfField,
  toChallengeRequest,
  WIZARD_STEPS,
  type ChallengeFormValues,
  type WizardStep,
} from '../utils/wizard-values';
import { BasicsStep, DescriptionStep, RequirementsStep, TermsStep } from './wizard-steps';

const CONCURRENT_MODIFICATION = '/problems/concurrent-modification';

type ChallengeWizardProps = {
  /** The challenge being edited; absent for a new one. */
  challenge?: ChallengeView;
  /** The step to start on (e.g. after the first save of a new challenge). */
  initialStep?: number;
  /** A problem to show on arrival (a submission that failed right after the first save). */
  initialProblem?: unknown;
  /** Reloads the challenge after a concurrent modification. */
  onReload?: () => Promise<ChallengeView | undefined>;
};

/**
 * The create/edit wizard of a challenge in four steps. A draft can be saved at any step; submitting for
 * review saves and then submits, and the server's field errors are shown next to their fields, with the
 * steps that hold them marked.
 */
export function ChallengeWizard({ challenge, initialStep = 0, initialProblem, onReload }: ChallengeWizardProps) {
  const { t } = useTranslation(['challenges', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ChallengeFormValues>();
  const [current, setCurrent] = useState(initialStep);
  const [problem, setProblem] = useState<unknown>(undefined);
  const [unmatched, setUnmatched] = useState<ProblemFieldError[]>([]);
  const [erroredSteps, setErroredSteps] = useState<WizardStep[]>([]);
  const [idempotencyKey] = useState(randomId);
  // After the first save of a new challenge the page moves to its edit address; nothing more happens here.
  const [leaving, setLeaving] = useState(false);
  const saved = useRef<{ id: string; version: number | null } | undefined>(
    challenge ? { id: challenge.id, version: challenge.review?.version ?? null } : undefined,
  );
  const create = useCreateChallenge();
  const update = useUpdateChallenge();
  const submit = useSubmitChallenge();
  const busy = create.isPending || update.isPending || submit.isPending || leaving;
  const initialValues = useMemo(() => (challenge ? fromChallenge(challenge) : emptyChallengeValues()), [challenge]);

  const stepsWithErrors = (extra: ProblemFieldError[]): WizardStep[] => {
    const steps = new Set<WizardStep>();
    for (const field of form.getFieldsError()) {
      if (field.errors.length > 0) {
        steps.add(stepOfField(field.name));
      }
    }
    for (const fieldError of extra) {
      steps.add(stepOfField(fieldError.field));
    }
    return WIZARD_STEPS.filter((step) => steps.has(step));
  };

  const showErrors = (error: unknown) => {
    setProblem(error);
    const rest = applyProblemToForm(form, error);
    setUnmatched(rest);
    const steps = stepsWithErrors(rest);
    setErroredSteps(steps);
    if (steps.length > 0) {
      setCurrent(WIZARD_STEPS.indexOf(steps[0]));
    }
  };

  const applied = useRef(false);
  useEffect(() => {
    if (initialProblem && !applied.current) {
      applied.current = true;
      showErrors(initialProblem);
    }
    // Only once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialProblem]);

  /** Drops rows nobody typed into, so that the server's row indexes match the form's. */
  const dropBlankRows = () => {
    const rows = form.getFieldValue('technicalIndicators') as ChallengeFormValues['technicalIndicators'];
    if (rows && rows.some((row) => isBlankRow(row))) {
      form.setFieldValue(
        'technicalIndicators',
        rows.filter((row) => !isBlankRow(row)),
      );
    }
  };

  /** Validates what a draft needs, saves (create or update) and answers the saved view. */
  const persist = async (): Promise<ChallengeView | undefined> => {
    setProblem(undefined);
    setUnmatched([]);
    dropBlankRows();
    try {
      await form.validateFields();
    } catch {
      const steps = stepsWithErrors([]);
      setErroredSteps(steps);
      if (steps.length > 0) {
        setCurrent(WIZARD_STEPS.indexOf(steps[0]));
      }
      return undefined;
    }
    setErroredSteps([]);
    const request = toChallengeRequest(form.getFieldsValue(true) as ChallengeFormValues, saved.current?.version);
    try {
      const view = saved.current
        ? await update.mutateAsync({ id: saved.current.id, request })
        : await create.mutateAsync({ request, idempotencyKey });
      saved.current = { id: view.id, version: view.review?.version ?? null };
      return view;
    } catch (error) {
      showErrors(error);
      return undefined;
    }
  };

  const editPath = (id: string) => `/firm/challenges/${id}/edit`;

  const onSaveDraft = async () => {
    const view = await persist();
    if (!view) {
      return;
    }
    message.success(t('wizard.saved'));
    if (!challenge) {
      setLeaving(true);
      await navigate(editPath(view.id), { replace: true, state: { step: current } });
    }
  };

  const onSubmit = async () => {
    const view = await persist();
    if (!view) {
      return;
    }
    try {
      await submit.mutateAsync(view.id);
      message.success(t('wizard.submitted'));
      await navigate(`/challenges/${view.id}`);
    } catch (error) {
      if (!challenge) {
        setLeaving(true);
        // The draft exists now: continue on its edit page, with the submission's errors shown there.
        const plain = isApiError(error)
          ? { status: error.status, type: error.type, title: error.title, detail: error.detail, errors: error.errors }
          : undefined;
        await navigate(editPath(view.id), { replace: true, state: { step: current, problem: plain } });
      } else {
        showErrors(error);
      }
    }
  };

  const onReloadLatest = async () => {
    const latest = await onReload?.();
    if (latest) {
      saved.current = { id: latest.id, version: latest.review?.version ?? null };
      form.setFieldsValue(fromChallenge(latest));
      setProblem(undefined);
      setUnmatched([]);
      setErroredSteps([]);
    }
  };

  const stale = isApiError(problem) && problem.type === CONCURRENT_MODIFICATION;
  const last = current === WIZARD_STEPS.length - 1;

  return (
    <Card className="wizard-card" data-testid="challenge-wizard" data-challenge-id={challenge?.id}>
      <Steps
        current={current}
        onChange={setCurrent}
        className="wizard-steps"
        responsive
        items={WIZARD_STEPS.map((step) => ({
          title: t(`wizard.steps.${step}.title`),
          content: t(`wizard.steps.${step}.description`),
          status: erroredSteps.includes(step) ? 'error' : undefined,
        }))}
        data-testid="wizard-steps"
      />
      {problem !== undefined && (
        <ProblemAlert
          className="form-alert"
          error={problem}
          fieldErrors={unmatched}
          action={
            stale && onReload ? (
              <Button size="small" onClick={() => void onReloadLatest()}>
                {t('common:conflict.reload')}
              </Button>
            ) : undefined
          }
        />
      )}
      <Typography.Paragraph type="secondary" className="wizard-note">
        {t('wizard.note')}
      </Typography.Paragraph>
      <Form<ChallengeFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        scrollToFirstError={{ block: 'center' }}
        onFieldsChange={() => erroredSteps.length > 0 && setErroredSteps(stepsWithErrors(unmatched))}
        data-testid="challenge-form"
      >
        {WIZARD_STEPS.map((step, index) => (
          <section key={step} hidden={index !== current} aria-label={t(`wizard.steps.${step}.title`)} data-testid={`wizard-step-${step}`}>
            {step === 'basics' && <BasicsStep />}
            {step === 'requirements' && <RequirementsStep />}
            {step === 'description' && <DescriptionStep />}
            {step === 'terms' && <TermsStep />}
          </section>
        ))}
      </Form>
      <div className="wizard-footer">
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} disabled={current === 0} onClick={() => setCurrent(current - 1)} data-testid="wizard-prev">
            {t('wizard.prev')}
          </Button>
          {!last && (
            <Button onClick={() => setCurrent(current + 1)} data-testid="wizard-next">
              {t('wizard.next')} <ArrowRightOutlined />
            </Button>
          )}
        </Space>
        <Space wrap>
          <Button icon={<SaveOutlined />} loading={create.isPending || update.isPending} disabled={busy} onClick={() => void onSaveDraft()} data-testid="wizard-save">
            {t('wizard.saveDraft')}
          </Button>
          {last && (
            <Button type="primary" icon={<SendOutlined />} loading={submit.isPending} disabled={busy} onClick={() => void onSubmit()} data-testid="wizard-submit">
              {t('wizard.submit')}
            </Button>
          )}
        </Space>
      </div>
    </Card>
  );
}
