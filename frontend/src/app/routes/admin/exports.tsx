import { useTranslation } from 'react-i18next';

import { ExportsPanel } from '@/features/exports/components/exports-panel';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /admin/exports: CSV and XLSX downloads and the OCDS release package. */
export function ExportsRoute() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('console.tabs.exports'));
  return <ExportsPanel />;
}
