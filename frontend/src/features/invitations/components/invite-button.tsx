import { UsergroupAddOutlined } from '@ant-design/icons';
import { Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useUser } from '@/lib/auth';

import { InviteDialog } from './invite-dialog';

export type InviteToBidButtonProps = {
  labId: string;
  labName: string;
  /** Invite to this challenge; without it the firm chooses one of its open challenges. */
  challengeId?: string;
  /** The lab's organization: a firm cannot invite its own organization's labs. */
  labOrganizationId?: string;
  size?: ButtonProps['size'];
  type?: ButtonProps['type'];
  block?: boolean;
};

/**
 * "邀请揭榜" for firm members wherever a lab is shown (its profile, recommended labs): opens the invitation
 * dialog. Renders nothing for anyone else.
 */
export function InviteToBidButton({ labId, labName, challengeId, labOrganizationId, size, type = 'primary', block }: InviteToBidButtonProps) {
  const { t } = useTranslation('invitations');
  const { data: user } = useUser();
  const [open, setOpen] = useState(false);
  if (user?.role !== 'FIRM' || (labOrganizationId !== undefined && user.organization?.id === labOrganizationId)) {
    return null;
  }
  return (
    <>
      <Button type={type} size={size} block={block} icon={<UsergroupAddOutlined />} onClick={() => setOpen(true)} data-testid="invite-button">
        {t('button')}
      </Button>
      <InviteDialog open={open} labId={labId} labName={labName} challengeId={challengeId} onClose={() => setOpen(false)} />
    </>
  );
}
