import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/layout/page-header';
import { AccountOverview } from '@/features/accounts/components/account-overview';
import { useUser } from '@/lib/auth';
import { ProtectedRoute } from '@/lib/protected-route';
import { useDocumentTitle } from '@/lib/use-document-title';

function AccountPage() {
  const { t } = useTranslation('accounts');
  const { data: me } = useUser();
  useDocumentTitle(t('account.title'));
  if (!me) {
    return null;
  }
  return (
    <div className="app-container page-section" data-testid="account-page">
      <PageHeader title={t('account.title')} description={t('account.subtitle')} />
      <AccountOverview me={me} />
    </div>
  );
}

export function AccountRoute() {
  return (
    <ProtectedRoute>
      <AccountPage />
    </ProtectedRoute>
  );
}
