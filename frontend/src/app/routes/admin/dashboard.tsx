import { useTranslation } from 'react-i18next';

import { Dashboard } from '@/features/stats/components/dashboard';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /admin/dashboard: charts with their numbers, key figures and red flags. */
export function DashboardRoute() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('console.tabs.dashboard'));
  return <Dashboard />;
}
