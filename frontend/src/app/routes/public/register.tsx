import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';

import { AuthLayout } from '@/components/layout/auth-layout';
import { RegisterForm } from '@/features/accounts/components/register-form';
import { useUser } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

export function RegisterRoute() {
  const { t } = useTranslation('accounts');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const initialRole = params.get('role') === 'LAB' ? 'LAB' : 'FIRM';
  const user = useUser();
  useDocumentTitle(t('register.title'));

  if (user.data) {
    return <Navigate to="/account" replace />;
  }
  return (
    <AuthLayout
      wide
      title={t('register.title')}
      subtitle={t('register.subtitle')}
      footer={
        <>
          {t('register.haveAccount')}{' '}
          <Link to="/login" data-testid="register-to-login">
            {t('register.loginLink')}
          </Link>
        </>
      }
    >
      <RegisterForm
        key={initialRole}
        initialRole={initialRole}
        onSuccess={() => {
          message.success(t('register.welcome'));
          navigate('/account', { replace: true });
        }}
      />
    </AuthLayout>
  );
}
