import { AppstoreOutlined, DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { RoleTag } from '@/components/ui/role-tag';
import { useLogout, type Me } from '@/lib/auth';

import { workspaceItems } from './navigation';

/** Who is signed in (name, role, organization), with the way to the account page and out. */
export function AccountMenu({ user, compact = false }: { user: Me; compact?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const logout = useLogout({
    onSuccess: async () => {
      await navigate('/');
      message.success(t('account.loggedOut'));
    },
  });

  const items: MenuProps['items'] = [
    {
      key: 'profile',
      disabled: true,
      className: 'account-menu-profile',
      label: (
        <div className="account-menu-summary">
          <div className="account-menu-name">
            {user.displayName} <RoleTag role={user.role} />
          </div>
          {user.organization && <div className="account-menu-org">{user.organization.name}</div>}
        </div>
      ),
    },
    { type: 'divider' },
    ...workspaceItems(user.role).map((item) => ({
      key: `workspace:${item.path}`,
      icon: <AppstoreOutlined />,
      label: t(`nav.${item.key}`),
      'data-testid': `menu-${item.key}`,
    })),
    { key: 'account', icon: <UserOutlined />, label: t('actions.account') },
    { key: 'logout', icon: <LogoutOutlined />, label: t('actions.logout'), danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key.startsWith('workspace:')) {
      navigate(key.slice('workspace:'.length));
    } else if (key === 'account') {
      navigate('/account');
    } else if (key === 'logout') {
      logout.mutate(undefined, {
        onError: () => message.error(t('errors.logoutFailed')),
      });
    }
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" className="account-menu-trigger" data-testid="account-menu" loading={logout.isPending}>
        <Avatar size="small" className="account-avatar">
          {user.displayName.slice(0, 1).toUpperCase()}
        </Avatar>
        {!compact && <span className="account-menu-trigger-name">{user.displayName}</span>}
        <DownOutlined className="account-menu-caret" />
      </Button>
    </Dropdown>
  );
}
