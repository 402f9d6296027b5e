import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';

import { PageLoader } from '@/components/ui/page-loader';
import { ProblemAlert } from '@/components/ui/problem-alert';

import { loginPath, useUser, type Role } from './auth';

/**
 * Renders its children for signed-in users (optionally of certain roles). The redirect of visitors to the
 * login page happens in the route's loader (requireUser); this covers a session that ends while the page
 * is open, e.g. by signing out.
 */
export function ProtectedRoute({ children, roles }: { children: ReactNode; roles?: Role[] }) {
  const { t } = useTranslation();
  const location = useLocation();
  const user = useUser();
  if (user.isPending) {
    return <PageLoader />;
  }
  if (user.isError) {
    return (
      <div className="app-container page-section">
        <ProblemAlert error={user.error} action={<Button onClick={() => void user.refetch()}>{t('actions.retry')}</Button>} />
      </div>
    );
  }
  if (!user.data) {
    return (
      <div className="app-container page-section">
        <Result
          status="info"
          title={t('signedOut.title')}
          subTitle={t('signedOut.description')}
          extra={
            <Link to={loginPath(location.pathname + location.search)}>
              <Button type="primary">{t('actions.login')}</Button>
            </Link>
          }
        />
      </div>
    );
  }
  if (roles && !roles.includes(user.data.role)) {
    return (
      <div className="app-container page-section">
        <Result
          status="403"
          title={t('forbidden.title')}
          subTitle={
            <>
              {t('forbidden.description')}{' '}
              {t('forbidden.roleHint', { roles: roles.map((role) => t(`roles.${role}`)).join(' / ') })}
            </>
          }
          extra={
            <Link to="/">
              <Button type="primary">{t('actions.backHome')}</Button>
            </Link>
          }
        />
      </div>
    );
  }
  return children;
}

/** A layout route that shows its child routes to users of the given roles only. */
export function RoleOutlet({ roles }: { roles: Role[] }) {
  return (
    <ProtectedRoute roles={roles}>
      <Outlet />
    </ProtectedRoute>
  );
}
