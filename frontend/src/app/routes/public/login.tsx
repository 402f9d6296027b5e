import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';

import { AuthLayout } from '@/components/layout/auth-layout';
import { LoginForm } from '@/features/accounts/components/login-form';
import { safeRedirect, useUser } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

export function LoginRoute() {
  const { t } = useTranslation('accounts');
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const redirectTo = safeRedirect(params.get('redirectTo'));
  const user = useUser();
  useDocumentTitle(t('login.title'));

  if (user.data) {
    return <Navigate to={redirectTo} replace />;
  }
  return (
    <AuthLayout
      title={t('login.title')}
      subtitle={t('login.subtitle')}
      footer={
        <>
          {t('login.noAccount')}{' '}
          <Link to="/register" data-testid="login-to-register">
            {t('login.registerLink')}
          </Link>
        </>
      }
    >
      <LoginForm onSuccess={(me) => message.success(t('login.welcome', { name: me.displayName }))} />
    </AuthLayout>
  );
}
