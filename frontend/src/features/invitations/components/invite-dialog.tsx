import { InfoCircleOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Form, Input, Modal, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { QueryError } from '@/components/ui/query-error';
import { isApiError } from '@/lib/api-client';
import { formatDateTime, formatMoney } from '@/lib/format';

import { useChallengeInvitations } from '../api/get-challenge-invitations';
import { useOpenChallenges } from '../api/get-open-challenges';
import { useInviteLab } from '../api/invite-lab';

export type InviteDialogProps = {
  open: boolean;
  labId: string;
  labName: string;
  /** The challenge to invite to; without it the firm picks one of its challenges that take bids. */
  challengeId?: string;
  onClose: () => void;
};

type InviteValues = { challengeId?: string; message?: string };

/**
 * Invites a lab to bid on one of the firm's open challenges, with an optional note. A lab invited before
 * is named as such (the server answers the first invitation and does not notify again).
 */
export function InviteDialog({ open, labId, labName, challengeId: fixedChallenge, onClose }: InviteDialogProps) {
  const { t } = useTranslation(['invitations', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<InviteValues>();
  const challenges = useOpenChallenges({ enabled: open && !fixedChallenge });
  const chosen = (Form.useWatch('challengeId', form) as string | undefined) ?? fixedChallenge;
  const invitations = useChallengeInvitations(chosen, { enabled: open });
  const invite = useInviteLab();
  const [failed, setFailed] = useState<unknown>();
  const earlier = invitations.data?.find((invitation) => invitation.lab.id === labId);

  const close = () => {
    form.resetFields();
    invite.reset();
    setFailed(undefined);
    onClose();
  };

  const onFinish = (values: InviteValues) => {
    const challengeId = fixedChallenge ?? values.challengeId;
    if (!challengeId) {
      return;
    }
    setFailed(undefined);
    const note = values.message?.trim();
    invite.mutate(
      { challengeId, request: { labId, message: note || undefined } },
      {
        onSuccess: (view) => {
          message.success(earlier ? t('dialog.alreadyDone', { lab: labName }) : t('dialog.done', { lab: labName, title: view.challenge.title }));
          close();
        },
        onError: setFailed,
      },
    );
  };

  const noChallenges = !fixedChallenge && challenges.isSuccess && challenges.data.length === 0;

  let picker = null;
  if (!fixedChallenge) {
    if (challenges.isPending) {
      picker = <Skeleton active paragraph={{ rows: 1 }} title={false} />;
    } else if (challenges.isError) {
      picker = <QueryError error={challenges.error} onRetry={() => void challenges.refetch()} />;
    } else if (noChallenges) {
      picker = (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dialog.noChallenges')} data-testid="invite-no-challenges">
          <Link to="/firm/challenges" onClick={close}>
            <Button>{t('dialog.myChallenges')}</Button>
          </Link>
        </Empty>
      );
    } else {
      picker = (
        <Form.Item name="challengeId" label={t('dialog.challenge')} rules={[{ required: true, message: t('dialog.challengeRequired') }]}>
          <Select
            placeholder={t('dialog.challengePlaceholder')}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="invite-challenge"
            options={challenges.data.map((challenge) => ({
              value: challenge.id,
              label: challenge.title,
              deadline: challenge.bidDeadline,
              bounty: challenge.bounty,
            }))}
            optionRender={(option) => (
              <div className="invite-option">
                <div className="invite-option-title">{option.data.label}</div>
                <Typography.Text type="secondary" className="invite-option-meta">
                  {t('dialog.optionMeta', { deadline: formatDateTime(option.data.deadline), bounty: formatMoney(option.data.bounty) })}
                </Typography.Text>
              </div>
            )}
          />
        </Form.Item>
      );
    }
  }

  return (
    <Modal
      open={open}
      title={t('dialog.title', { lab: labName })}
      onCancel={close}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close}>
          {t('common:actions.cancel')}
        </Button>,
        <Button
          key="send"
          type="primary"
          icon={<SendOutlined />}
          loading={invite.isPending}
          disabled={noChallenges || Boolean(earlier)}
          onClick={() => form.submit()}
          data-testid="invite-send"
        >
          {t('dialog.send')}
        </Button>,
      ]}
      data-testid="invite-dialog"
    >
      <Typography.Paragraph type="secondary">
        <InfoCircleOutlined /> {t('dialog.explanation')}
      </Typography.Paragraph>
      {failed !== undefined && <ProblemAlert className="form-alert" error={failed} fieldErrors={isApiError(failed) ? failed.errors : []} />}
      <Form<InviteValues> form={form} layout="vertical" name="invite-lab" onFinish={onFinish} disabled={invite.isPending}>
        {picker}
        {earlier && (
          <Alert
            type="info"
            showIcon
            className="form-alert"
            title={t('dialog.already', { time: formatDateTime(earlier.invitedAt) })}
            data-testid="invite-already"
          />
        )}
        {!noChallenges && (
          <Form.Item
            name="message"
            label={t('dialog.message')}
            extra={t('dialog.messageHint')}
            rules={[{ max: 500, message: t('common:validation.maxLength', { max: 500 }) }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('dialog.messagePlaceholder')} data-testid="invite-message" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
