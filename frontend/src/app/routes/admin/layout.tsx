import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { useDocumentTitle } from '@/lib/use-document-title';

const TABS = ['review', 'evaluation', 'objections', 'delivery', 'dashboard', 'experts', 'organizations', 'audit', 'exports', 'search'] as const;

/** The admin console's frame: a tab per section, each its own route. */
export function AdminLayoutRoute() {
  const { t } = useTranslation('admin');
  const location = useLocation();
  const navigate = useNavigate();
  const active = TABS.find((tab) => location.pathname.startsWith(`/admin/${tab}`)) ?? 'review';
  useDocumentTitle(t('console.title'));
  return (
    <div className="app-container page-section" data-testid="admin-console">
      <PageHeader title={t('console.title')} description={t('console.subtitle')} />
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(`/admin/${key}`)}
        items={TABS.map((tab) => ({ key: tab, label: <span data-testid={`admin-tab-${tab}`}>{t(`console.tabs.${tab}`)}</span> }))}
      />
      <Outlet />
    </div>
  );
}
