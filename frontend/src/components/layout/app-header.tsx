import { MenuOutlined } from '@ant-design/icons';
import { Button, Divider, Drawer, Grid, Layout, Menu, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { RoleTag } from '@/components/ui/role-tag';
import { loginPath, useUser } from '@/lib/auth';

import { AccountMenu } from './account-menu';
import { BrandLogo } from './brand-logo';
import { LanguageSwitch } from './language-switch';
import { activeNavKey, NAV_ITEMS, workspaceItems } from './navigation';

/**
 * Logo, primary navigation, language switch and sign-in or account menu; a drawer on narrow screens.
 * `userActions` (the notification bell) comes from the app, which composes features into the shell.
 */
export function AppHeader({ userActions }: { userActions?: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { data: user } = useUser();
  const selected = activeNavKey(location.pathname);
  const redirect = loginPath(location.pathname === '/login' ? undefined : location.pathname + location.search);

  const menuItems = NAV_ITEMS.map((item) => ({
    key: item.key,
    label: (
      <Link to={item.path} onClick={() => setDrawerOpen(false)}>
        {t(`nav.${item.key}`)}
      </Link>
    ),
  }));

  return (
    <Layout.Header className="app-header">
      <div className="app-container app-header-inner">
        <BrandLogo />
        {wide && (
          <nav className="app-header-nav" aria-label={t('nav.primary')}>
            <Menu
              mode="horizontal"
              items={menuItems}
              selectedKeys={selected ? [selected] : []}
              className="app-header-menu"
              disabledOverflow
            />
          </nav>
        )}
        <Space size={4} className="app-header-actions">
          {wide && <LanguageSwitch />}
          {user && wide && workspaceItems(user.role)[0] && (
            <Link to={workspaceItems(user.role)[0].path}>
              <Button type="link" className="header-workspace-link" data-testid="header-workspace">
                {t(`nav.${workspaceItems(user.role)[0].key}`)}
              </Button>
            </Link>
          )}
          {user && userActions}
          {user ? (
            <AccountMenu user={user} compact={!wide} />
          ) : (
            wide && (
              <Space size={8}>
                <Link to={redirect}>
                  <Button data-testid="header-login">{t('actions.login')}</Button>
                </Link>
                <Link to="/register">
                  <Button type="primary" data-testid="header-register">
                    {t('actions.register')}
                  </Button>
                </Link>
              </Space>
            )
          )}
          {!wide && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('nav.menu')}
              data-testid="nav-drawer-toggle"
              onClick={() => setDrawerOpen(true)}
            />
          )}
        </Space>
      </div>
      {!wide && (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="right"
          size={300}
          title={t('brand.full')}
          className="nav-drawer"
          data-testid="nav-drawer"
        >
          <nav aria-label={t('nav.primary')}>
            <Menu mode="vertical" items={menuItems} selectedKeys={selected ? [selected] : []} className="nav-drawer-menu" />
          </nav>
          <Divider />
          {user ? (
            <div className="nav-drawer-user">
              <div className="nav-drawer-user-name">
                {user.displayName} <RoleTag role={user.role} />
              </div>
              {user.organization && <div className="nav-drawer-user-org">{user.organization.name}</div>}
              <Menu
                mode="vertical"
                className="nav-drawer-menu nav-drawer-workspace"
                selectable={false}
                items={workspaceItems(user.role).map((item) => ({
                  key: item.path,
                  label: (
                    <Link to={item.path} onClick={() => setDrawerOpen(false)}>
                      {t(`nav.${item.key}`)}
                    </Link>
                  ),
                }))}
              />
            </div>
          ) : (
            <Space orientation="vertical" className="nav-drawer-actions">
              <Link to={redirect} onClick={() => setDrawerOpen(false)}>
                <Button block>{t('actions.login')}</Button>
              </Link>
              <Link to="/register" onClick={() => setDrawerOpen(false)}>
                <Button type="primary" block>
                  {t('actions.register')}
                </Button>
              </Link>
            </Space>
          )}
          <Divider />
          <LanguageSwitch block />
        </Drawer>
      )}
    </Layout.Header>
  );
}
