import { CheckCircleOutlined, NotificationOutlined, StopOutlined, TrophyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Popconfirm, Select, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DeadlineCountdown } from '@/components/ui/deadline-countdown';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { ProblemFieldError } from '@/lib/api-client';
import { formatDateTime, formatMoney, formatWan } from '@/lib/format';
import { applyProblemToForm } from '@/lib/form-errors';
import { useNow } from '@/lib/use-now';
import type { AwardView, EvaluationView } from '@/types/api';

import { useConfirmAward, useDeclareUnawarded, useProposeAward } from '../api/award-decisions';
import { confirmState, currentAward } from '../utils/confirm-state';
import { formatScore } from '../utils/scoring';
import { AwardStatusTag } from './award-tags';
import { ScoreSummaryView } from './score-summary';

type ProposalValues = { bidId?: string; rationale?: string };

/** Proposing the award (or declaring the challenge unawarded) once the evaluation is complete. */
function ProposalForm({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useTranslation(['awards', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<ProposalValues>();
  const propose = useProposeAward(evaluation.challenge.id);
  const unaward = useDeclareUnawarded(evaluation.challenge.id);
  const [unmatched, setUnmatched] = useState<ProblemFieldError[]>([]);
  const [unawarding, setUnawarding] = useState(false);
  const [reasonForm] = Form.useForm<{ reason: string }>();
  const candidates = evaluation.bids.filter((bid) => bid.status !== 'NOT_SELECTED');
  const ready = evaluation.readyToPropose;

  const submit = (values: ProposalValues) => {
    setUnmatched([]);
    propose.mutate(
      { bidId: values.bidId!, rationale: (values.rationale ?? '').trim() },
      {
        onSuccess: () => void message.success(t('proposal.proposed')),
        onError: (error) => setUnmatched(applyProblemToForm(form, error)),
      },
    );
  };

  return (
    <>
      {!ready && <Alert type="info" showIcon title={t('proposal.notReady')} className="card-alert" data-testid="proposal-not-ready" />}
      {propose.isError && <ProblemAlert error={propose.error} fieldErrors={unmatched} className="form-alert" />}
      <Form<ProposalValues> form={form} layout="vertical" onFinish={submit} disabled={!ready || propose.isPending} data-testid="proposal-form">
        <Form.Item name="bidId" label={t('proposal.bid')} rules={[{ required: true, message: t('proposal.bidRequired') }]}>
          <Select
            placeholder={t('proposal.bidPlaceholder')}
            data-testid="proposal-bid"
            options={candidates.map((bid) => ({
              value: bid.bidId,
              label: t('proposal.bidOption', {
                lab: bid.lab.name,
                organization: bid.lab.organizationName,
                score: formatScore(bid.effectiveScore),
                amount: formatMoney(bid.quotedAmount),
              }),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="rationale"
          label={t('proposal.rationale')}
          extra={t('proposal.rationaleHint')}
          rules={[
            { required: true, whitespace: true, message: t('proposal.rationaleRequired') },
            { max: 5000, message: t('common:validation.maxLength', { max: 5000 }) },
          ]}
        >
          <Input.TextArea rows={4} maxLength={5000} showCount data-testid="proposal-rationale" />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" icon={<TrophyOutlined />} loading={propose.isPending} data-testid="proposal-submit">
            {t('proposal.submit')}
          </Button>
        </Space>
      </Form>
      <div className="award-unaward">
        <Typography.Text type="secondary">{t('unaward.lead')}</Typography.Text>
        <Button danger icon={<StopOutlined />} onClick={() => setUnawarding(true)} data-testid="unaward-open">
          {t('unaward.open')}
        </Button>
      </div>
      <Modal
        open={unawarding}
        title={t('unaward.title')}
        okText={t('unaward.submit')}
        okButtonProps={{ danger: true, loading: unaward.isPending, 'data-testid': 'unaward-submit' }}
        cancelText={t('common:actions.cancel')}
        onOk={() => reasonForm.submit()}
        onCancel={() => setUnawarding(false)}
        afterClose={() => unaward.reset()}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('unaward.description')}</Typography.Paragraph>
        {unaward.isError && <ProblemAlert error={unaward.error} className="form-alert" />}
        <Form
          form={reasonForm}
          layout="vertical"
          preserve={false}
          onFinish={(values) =>
            unaward.mutate(values.reason.trim(), {
              onSuccess: () => {
                setUnawarding(false);
                message.success(t('unaward.done'));
              },
              onError: (error) => applyProblemToForm(reasonForm, error),
            })
          }
        >
          <Form.Item
            name="reason"
            label={t('unaward.reason')}
            rules={[
              { required: true, whitespace: true, message: t('unaward.reasonRequired') },
              { max: 5000, message: t('common:validation.maxLength', { max: 5000 }) },
            ]}
          >
            <Input.TextArea rows={4} maxLength={5000} showCount data-testid="unaward-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** A proposed award under announcement, with the confirm button and why it is disabled while it is. */
function ProposedAward({ award, challengeId }: { award: AwardView; challengeId: string }) {
  const { t } = useTranslation(['awards', 'common']);
  const { message } = App.useApp();
  const now = useNow(1000);
  const confirm = useConfirmAward(challengeId);
  const state = confirmState(award, now);
  return (
    <Space orientation="vertical" size={12} className="full-width" data-testid="award-proposed">
      <AwardFacts award={award} />
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('award.publicityEndsAt')}>
          <div data-testid="award-publicity-ends">{formatDateTime(award.publicityEndsAt, 'YYYY-MM-DD HH:mm:ss')}</div>
          <DeadlineCountdown deadline={award.publicityEndsAt} testId="award-countdown" />
        </Descriptions.Item>
        <Descriptions.Item label={t('award.pendingObjections')}>
          <span data-testid="award-pending" data-count={award.pendingObjections}>
            {award.pendingObjections}
          </span>{' '}
          <Link to="/admin/objections">{t('award.objectionQueue')}</Link>
        </Descriptions.Item>
      </Descriptions>
      {!state.enabled && (
        <Alert
          type="info"
          showIcon
          title={t('confirm.disabledTitle')}
          data-testid="confirm-blockers"
          description={
            <ul className="problem-alert-list">
              {state.blockers.map((blocker) => (
                <li key={blocker} data-testid="confirm-blocker" data-blocker={blocker}>
                  {t(`confirm.blockers.${blocker}`, {
                    time: formatDateTime(award.publicityEndsAt, 'YYYY-MM-DD HH:mm:ss'),
                    count: award.pendingObjections,
                  })}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {confirm.isError && <ProblemAlert error={confirm.error} />}
      <Space wrap>
        <Popconfirm
          title={t('confirm.title')}
          description={t('confirm.description')}
          okText={t('confirm.submit')}
          cancelText={t('common:actions.cancel')}
          okButtonProps={{ 'data-testid': 'confirm-award-ok' }}
          disabled={!state.enabled}
          onConfirm={() => confirm.mutateAsync().then(() => void message.success(t('confirm.done')), () => undefined)}
        >
          <Button type="primary" icon={<CheckCircleOutlined />} disabled={!state.enabled} loading={confirm.isPending} data-testid="confirm-award">
            {t('confirm.submit')}
          </Button>
        </Popconfirm>
        <Link to={`/announcements/${award.id}`}>
          <Button icon={<NotificationOutlined />}>{t('award.viewAnnouncement')}</Button>
        </Link>
      </Space>
    </Space>
  );
}

/** Winner, amount, rationale and the announced scores of an award. */
function AwardFacts({ award }: { award: AwardView }) {
  const { t } = useTranslation('awards');
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered data-testid="award-facts">
        <Descriptions.Item label={t('award.status')}>
          <AwardStatusTag status={award.status} testId="award-status" />
        </Descriptions.Item>
        <Descriptions.Item label={t('award.proposedAt')}>{formatDateTime(award.proposedAt)}</Descriptions.Item>
        {award.winner && (
          <Descriptions.Item label={t('award.winner')}>
            <span data-testid="award-winner">{award.winner.labName}</span>
            <div className="fact-sub">{award.winner.organizationName}</div>
          </Descriptions.Item>
        )}
        {award.amount && (
          <Descriptions.Item label={t('award.amount')}>
            {formatMoney(award.amount)} <span className="fact-sub">{formatWan(award.amount)}</span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={award.status === 'UNAWARDED' ? t('award.reason') : t('award.rationale')} span={2}>
          <Typography.Paragraph className="pre-wrap award-rationale">{award.rationale}</Typography.Paragraph>
        </Descriptions.Item>
        {award.confirmedAt && <Descriptions.Item label={t('award.confirmedAt')}>{formatDateTime(award.confirmedAt)}</Descriptions.Item>}
        {award.status === 'CONFIRMED' && (
          <Descriptions.Item label={t('award.winnerRank')}>
            {award.winnerRank ? t('award.rank', { rank: award.winnerRank }) : award.recommendationsRecorded ? t('award.notRecommended') : '—'}
          </Descriptions.Item>
        )}
      </Descriptions>
      {award.scores && <ScoreSummaryView summary={award.scores} />}
    </>
  );
}

/**
 * The award section of the workspace: the proposal form while the challenge is in evaluation, then the
 * announced proposal with its confirmation, and the history of withdrawn proposals.
 */
export function AwardPanel({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useTranslation('awards');
  const current = currentAward(evaluation.awards);
  const withdrawn = evaluation.awards.filter((award) => award.status === 'WITHDRAWN');
  const status = evaluation.challenge.status;
  let body;
  if (status === 'CLOSED') {
    body = <ProposalForm evaluation={evaluation} />;
  } else if (current?.status === 'PROPOSED') {
    body = <ProposedAward award={current} challengeId={evaluation.challenge.id} />;
  } else if (current) {
    body = (
      <Space orientation="vertical" size={12} className="full-width" data-testid="award-decided">
        <AwardFacts award={current} />
      </Space>
    );
  } else {
    body = <Typography.Text type="secondary">{t('award.none')}</Typography.Text>;
  }
  return (
    <Card
      className="detail-card"
      title={
        <span>
          <TrophyOutlined /> {t('award.title')}
        </span>
      }
      data-testid="award-panel"
    >
      {body}
      {withdrawn.length > 0 && (
        <div className="award-history">
          <Typography.Title level={5}>{t('award.history')}</Typography.Title>
          <Timeline
            items={withdrawn.map((award) => ({
              key: award.id,
              color: 'gray',
              content: t('award.withdrawnItem', {
                lab: award.winner?.labName ?? '—',
                proposed: formatDateTime(award.proposedAt),
                withdrawn: formatDateTime(award.withdrawnAt),
              }),
            }))}
          />
        </div>
      )}
    </Card>
  );
}
