import { RollbackOutlined, SaveOutlined, SendOutlined, WarningOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, InputNumber, Popconfirm, Row, Space, Typography } from 'antd';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DeadlineCountdown } from '@/components/ui/deadline-countdown';
import { MarkdownEditor } from '@/components/ui/markdown-editor';
import { MoneyInput } from '@/components/ui/money-input';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { BidStatusTag } from '@/components/ui/status-tag';
import type { ProblemFieldError } from '@/lib/api-client';
import { compareAmounts, formatDateTime, formatMoney, type Decimal } from '@/lib/format';
import { applyProblemToForm } from '@/lib/form-errors';
import type { BidStatus, BidView } from '@/types/api';

import { bidKeys } from '../api/keys';
import { getBid } from '../api/get-bid';
import { useCreateBid, useSubmitBid, useUpdateBid, useWithdrawBid } from '../api/save-bid';
import { emptyBidValues, fromBid, isBlank, ROW_LISTS, toBidRequest, type BidFormValues } from '../utils/bid-values';
import { checkPlan } from '../utils/milestone-plan';
import { BidReceipt } from './bid-receipt';
import { MilestonePlanEditor } from './milestone-plan-editor';
import { PartnersEditor } from './partners-editor';
import { TeamEditor } from './team-editor';

/** What the bid form needs to know about the challenge. */
export type BidChallenge = {
  id: string;
  title: string;
  bounty: Decimal | null;
  deliveryMonths: number | null;
  bidDeadline: string | null;
  open: boolean;
};

const EDITABLE = new Set(['DRAFT', 'SUBMITTED', 'WITHDRAWN']);

/** What the bid form tells the files section that the app puts into it. */
export type BidFilesSlot = {
  bidId?: string;
  status?: BidStatus;
  /** Whether the challenge still takes bids. */
  open: boolean;
  /** Saves the bid as a draft when it has none yet and returns its id (files need a bid). */
  ensureBid: () => Promise<string | undefined>;
  /** Reloads the bid after its files changed: a submitted bid has a new commitment and version. */
  onFilesChanged: () => void;
};

/**
 * The lab's bid on a challenge: created as a draft on first save, then edited, submitted (which records
 * the SHA-256 commitment shown as the receipt) and, before the deadline, resubmitted or withdrawn.
 */
export function BidForm({
  challenge,
  bid,
  files,
}: {
  challenge: BidChallenge;
  bid?: BidView;
  /** The files section (from the attachments feature), under the declaration. */
  files?: (slot: BidFilesSlot) => ReactNode;
}) {
  const { t } = useTranslation(['bids', 'common']);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<BidFormValues>();
  const [current, setCurrent] = useState<BidView | undefined>(bid);
  const [problem, setProblem] = useState<unknown>();
  const [unmatched, setUnmatched] = useState<ProblemFieldError[]>([]);
  const version = useRef<number | null>(bid?.version ?? null);
  // The bid's id for callbacks that outlive a render (an upload that saved the first draft).
  const savedId = useRef<string | undefined>(bid?.id);
  const create = useCreateBid();
  const update = useUpdateBid();
  const submit = useSubmitBid();
  const withdraw = useWithdrawBid();
  const busy = create.isPending || update.isPending || submit.isPending || withdraw.isPending;
  const initialValues = useMemo(() => (bid ? fromBid(bid) : emptyBidValues()), [bid]);
  const editable = challenge.open && (!current || EDITABLE.has(current.status));

  const remember = (view: BidView) => {
    setCurrent(view);
    version.current = view.version;
    savedId.current = view.id;
  };

  const fail = (error: unknown) => {
    setProblem(error);
    setUnmatched(applyProblemToForm(form, error));
  };

  const dropBlankRows = () => {
    for (const list of ROW_LISTS) {
      const rows = form.getFieldValue(list) as object[] | undefined;
      if (rows && rows.some((row) => isBlank(row))) {
        form.setFieldValue(
          list,
          rows.filter((row) => !isBlank(row)),
        );
      }
    }
  };

  const persist = async (): Promise<BidView | undefined> => {
    setProblem(undefined);
    setUnmatched([]);
    dropBlankRows();
    try {
      await form.validateFields();
    } catch {
      return undefined;
    }
    const request = toBidRequest(form.getFieldsValue(true) as BidFormValues, version.current);
    try {
      const view = current
        ? await update.mutateAsync({ id: current.id, request })
        : await create.mutateAsync({ challengeId: challenge.id, request });
      remember(view);
      return view;
    } catch (error) {
      fail(error);
      return undefined;
    }
  };

  const onSave = async () => {
    const view = await persist();
    if (view) {
      message.success(view.status === 'SUBMITTED' ? t('form.resubmitted') : t('form.saved'));
    }
  };

  const onSubmit = async () => {
    const values = form.getFieldsValue(true) as BidFormValues;
    const plan = checkPlan(values.milestonePlan?.filter((row) => !isBlank(row)));
    if (!plan.exact) {
      form.setFields([{ name: 'milestonePlan', errors: [t('plan.mustBe100', { total: plan.total })] }]);
      form.scrollToField('milestonePlan', { block: 'center' });
      return;
    }
    const view = await persist();
    if (!view) {
      return;
    }
    if (view.status === 'SUBMITTED' && !view.mustReconfirm) {
      // Saving a submitted bid already recommitted it.
      message.success(t('form.resubmitted'));
      return;
    }
    try {
      remember(await submit.mutateAsync(view.id));
      message.success(t('form.submitted'));
      window.scrollTo({ top: 0, behavior: 'smooth' });
    } catch (error) {
      fail(error);
    }
  };

  const ensureBid = async () => (current ? current.id : (await persist())?.id);

  const onFilesChanged = () => {
    if (!savedId.current) {
      return;
    }
    void getBid(savedId.current).then(remember, () => undefined);
    void queryClient.invalidateQueries({ queryKey: bidKeys.all });
  };

  const onWithdraw = () => {
    if (!current) {
      return;
    }
    withdraw.mutate(current.id, {
      onSuccess: (view) => {
        remember(view);
        message.success(t('form.withdrawn'));
      },
      onError: fail,
    });
  };

  const quotedRule = {
    validator: async (_: unknown, value: string | undefined) => {
      if (value && challenge.bounty !== null && (compareAmounts(value, challenge.bounty) ?? 0) > 0) {
        throw new Error(t('form.quoteAboveBounty', { bounty: formatMoney(challenge.bounty) }));
      }
    },
  };

  const submitted = current?.status === 'SUBMITTED';

  return (
    <div className="bid-form" data-testid="bid-form">
      <Card className="bid-form-head">
        <Row gutter={[16, 12]} align="middle">
          <Col xs={24} md={14}>
            <div className="fact-label">{t('form.challenge')}</div>
            <Link to={`/challenges/${challenge.id}`} className="bid-form-challenge" data-testid="bid-challenge-title">
              {challenge.title}
            </Link>
          </Col>
          <Col xs={12} md={5}>
            <div className="fact-label">{t('form.bounty')}</div>
            <div>{formatMoney(challenge.bounty)}</div>
          </Col>
          <Col xs={12} md={5}>
            <div className="fact-label">{t('form.deadline')}</div>
            <div>{formatDateTime(challenge.bidDeadline)}</div>
            <DeadlineCountdown deadline={challenge.bidDeadline} />
          </Col>
        </Row>
        {current && (
          <div className="bid-form-status">
            {t('form.status')} <BidStatusTag status={current.status} testId="bid-status" />
            {current.submittedAt && (
              <Typography.Text type="secondary">{t('form.submittedAt', { time: formatDateTime(current.submittedAt) })}</Typography.Text>
            )}
          </div>
        )}
      </Card>

      {current?.mustReconfirm && submitted && (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          className="form-alert"
          title={t('form.reconfirmTitle')}
          description={t('form.reconfirmDescription')}
          data-testid="bid-reconfirm"
        />
      )}
      {!challenge.open && <Alert type="info" showIcon className="form-alert" title={t('form.closed')} />}
      {submitted && current && <BidReceipt key={current.submittedAt ?? ''} bidId={current.id} />}
      {problem !== undefined && <ProblemAlert className="form-alert" error={problem} fieldErrors={unmatched} />}

      <Form<BidFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        disabled={!editable || busy}
        scrollToFirstError={{ block: 'center' }}
        data-testid="bid-form-fields"
      >
        <Card title={t('sections.summary')} className="form-card">
          <Form.Item name="summary" label={t('fields.summary')} required rules={[{ max: 500, message: t('form.tooLong', { max: 500 }) }]}>
            <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('placeholders.summary')} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="quotedAmount"
                label={t('fields.quotedAmount')}
                required
                extra={t('form.quoteHint', { bounty: formatMoney(challenge.bounty) })}
                rules={[quotedRule]}
              >
                <MoneyInput max={challenge.bounty} testId="bid-quoted-amount" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="deliveryMonths"
                label={t('fields.deliveryMonths')}
                required
                extra={challenge.deliveryMonths ? t('form.monthsHint', { months: challenge.deliveryMonths }) : undefined}
              >
                <InputNumber
                  min={1}
                  max={challenge.deliveryMonths ?? 60}
                  precision={0}
                  suffix={t('form.months')}
                  className="full-width"
                  data-testid="bid-delivery-months"
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('sections.approach')} className="form-card">
          <Form.Item name="technicalApproach" required rules={[{ max: 20_000, message: t('form.tooLong', { max: 20_000 }) }]}>
            <MarkdownEditor maxLength={20_000} rows={14} placeholder={t('placeholders.approach')} testId="bid-approach" />
          </Form.Item>
        </Card>
        <Card title={t('sections.team')} className="form-card">
          <TeamEditor />
        </Card>
        <Card title={t('sections.partners')} className="form-card">
          <Typography.Paragraph type="secondary">{t('partners.hint')}</Typography.Paragraph>
          <PartnersEditor />
        </Card>
        <Card title={t('sections.plan')} className="form-card">
          <MilestonePlanEditor />
        </Card>
        <Card title={t('sections.conflict')} className="form-card">
          <Form.Item name="conflictDeclaration" label={t('fields.conflictDeclaration')} required rules={[{ max: 2000, message: t('form.tooLong', { max: 2000 }) }]}>
            <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('placeholders.conflict')} />
          </Form.Item>
          <Form.Item name="conflictAffirmed" valuePropName="checked">
            <Checkbox data-testid="bid-affirm">{t('fields.conflictAffirmed')}</Checkbox>
          </Form.Item>
        </Card>
      </Form>

      {files?.({ bidId: current?.id, status: current?.status, open: challenge.open, ensureBid, onFilesChanged })}

      {editable && (
        <div className="form-actions-bar sticky-actions">
          <Typography.Text type="secondary" className="form-actions-note">
            {submitted ? t('form.submittedNote') : t('form.draftNote')}
          </Typography.Text>
          <Space wrap>
            {current && (current.status === 'DRAFT' || current.status === 'SUBMITTED') && (
              <Popconfirm
                title={t('form.withdrawTitle')}
                description={t('form.withdrawDescription')}
                okText={t('form.withdraw')}
                okButtonProps={{ danger: true }}
                cancelText={t('common:actions.cancel')}
                onConfirm={onWithdraw}
              >
                <Button danger icon={<RollbackOutlined />} loading={withdraw.isPending} disabled={busy} data-testid="bid-withdraw">
                  {t('form.withdraw')}
                </Button>
              </Popconfirm>
            )}
            {!submitted && (
              <Button icon={<SaveOutlined />} loading={create.isPending || update.isPending} disabled={busy} onClick={() => void onSave()} data-testid="bid-save">
                {t('form.saveDraft')}
              </Button>
            )}
            <Button
              type="primary"
              icon={<SendOutlined />}
              loading={submit.isPending || (submitted && update.isPending)}
              disabled={busy}
              onClick={() => void onSubmit()}
              data-testid="bid-submit"
            >
              {submitted ? (current?.mustReconfirm ? t('form.reconfirm') : t('form.resubmit')) : t('form.submit')}
            </Button>
          </Space>
        </div>
      )}
    </div>
  );
}
