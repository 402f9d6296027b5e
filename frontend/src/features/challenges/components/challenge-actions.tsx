import {
  CheckOutlined,
  CloseOutlined,
  EditOutlined,
  FileSearchOutlined,
  FlagOutlined,
  SendOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { isApiError } from '@/lib/api-client';
import type { ChallengeView } from '@/types/api';

import { useApproveChallenge, useCancelChallenge, useRejectChallenge } from '../api/challenge-decisions';
import { useSubmitChallenge } from '../api/save-challenge';
import { ReasonDialog } from './reason-dialog';

/**
 * The buttons for what the viewer may do with a challenge now, exactly as the server's `actions` say:
 * bid (lab), edit / submit / cancel / view bids (own firm), approve / reject / amend / cancel (admin);
 * `extra` joins them (the lab's follow button).
 */
export function ChallengeActions({ challenge, extra }: { challenge: ChallengeView; extra?: ReactNode }) {
  const { t } = useTranslation(['challenges', 'common']);
  const { message } = App.useApp();
  const can = (action: ChallengeView['actions'][number]) => challenge.actions.includes(action);
  const submit = useSubmitChallenge();
  const approve = useApproveChallenge();
  const reject = useRejectChallenge();
  const cancel = useCancelChallenge();
  const [dialog, setDialog] = useState<'reject' | 'cancel' | undefined>();
  const id = challenge.id;
  const failed = submit.error ?? approve.error;

  if (challenge.actions.length === 0 && !extra) {
    return null;
  }

  return (
    <div className="challenge-actions" data-testid="challenge-actions">
      <Space wrap size={[8, 8]}>
        {can('BID') && (
          <Link to={`/lab/challenges/${id}/bid`}>
            <Button type="primary" size="large" icon={<FlagOutlined />} data-testid="action-bid">
              {t('actions.bid')}
            </Button>
          </Link>
        )}
        {can('APPROVE') && (
          <Popconfirm
            title={t('decisions.approveTitle')}
            description={t('decisions.approveDescription')}
            okText={t('actions.approve')}
            cancelText={t('common:actions.cancel')}
            okButtonProps={{ 'data-testid': 'approve-confirm' }}
            onConfirm={() =>
              approve.mutateAsync(id).then(
                () => void message.success(t('decisions.approved')),
                () => undefined,
              )
            }
          >
            <Button type="primary" icon={<CheckOutlined />} loading={approve.isPending} data-testid="action-approve">
              {t('actions.approve')}
            </Button>
          </Popconfirm>
        )}
        {can('REJECT') && (
          <Button danger icon={<CloseOutlined />} onClick={() => setDialog('reject')} data-testid="action-reject">
            {t('actions.reject')}
          </Button>
        )}
        {can('EDIT') && (
          <Link to={`/firm/challenges/${id}/edit`}>
            <Button icon={<EditOutlined />} data-testid="action-edit">
              {t('actions.edit')}
            </Button>
          </Link>
        )}
        {can('SUBMIT') && (
          <Popconfirm
            title={t('decisions.submitTitle')}
            description={t('decisions.submitDescription')}
            okText={t('actions.submit')}
            cancelText={t('common:actions.cancel')}
            onConfirm={() =>
              submit.mutateAsync(id).then(
                () => void message.success(t('wizard.submitted')),
                () => undefined,
              )
            }
          >
            <Button type="primary" icon={<SendOutlined />} loading={submit.isPending} data-testid="action-submit">
              {t('actions.submit')}
            </Button>
          </Popconfirm>
        )}
        {can('AMEND') && (
          <Link to={`/admin/challenges/${id}/amend`}>
            <Button icon={<EditOutlined />} data-testid="action-amend">
              {t('actions.amend')}
            </Button>
          </Link>
        )}
        {can('VIEW_BIDS') && (
          <Link to={`/firm/challenges/${id}/bids`}>
            <Button type="primary" icon={<FileSearchOutlined />} data-testid="action-view-bids">
              {t('actions.viewBids')}
            </Button>
          </Link>
        )}
        {can('CANCEL') && (
          <Button danger type="text" icon={<StopOutlined />} onClick={() => setDialog('cancel')} data-testid="action-cancel">
            {t('actions.cancel')}
          </Button>
        )}
        {extra}
      </Space>
      {failed && (
        <ProblemAlert
          className="challenge-actions-alert"
          error={failed}
          fieldErrors={isApiError(submit.error) ? submit.error.errors : []}
          action={
            can('EDIT') && submit.error ? (
              <Link to={`/firm/challenges/${id}/edit`}>
                <Button size="small">{t('actions.fix')}</Button>
              </Link>
            ) : undefined
          }
        />
      )}
      <ReasonDialog
        open={dialog === 'reject'}
        title={t('decisions.rejectTitle')}
        description={t('decisions.rejectDescription')}
        okText={t('actions.reject')}
        danger
        loading={reject.isPending}
        error={reject.error}
        onCancel={() => setDialog(undefined)}
        onSubmit={(reason) =>
          reject.mutate(
            { id, reason },
            {
              onSuccess: () => {
                setDialog(undefined);
                message.success(t('decisions.rejected'));
              },
            },
          )
        }
        testId="reject-dialog"
      />
      <ReasonDialog
        open={dialog === 'cancel'}
        title={t('decisions.cancelTitle')}
        description={t('decisions.cancelDescription')}
        okText={t('actions.cancel')}
        danger
        loading={cancel.isPending}
        error={cancel.error}
        onCancel={() => setDialog(undefined)}
        onSubmit={(reason) =>
          cancel.mutate(
            { id, reason },
            {
              onSuccess: () => {
                setDialog(undefined);
                message.success(t('decisions.cancelled'));
              },
            },
          )
        }
        testId="cancel-dialog"
      />
    </div>
  );
}
