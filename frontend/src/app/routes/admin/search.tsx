import { useTranslation } from 'react-i18next';

import { SearchIndexAdmin } from '@/features/search/components/search-index-admin';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /admin/search: the search index's status and its rebuild. */
export function SearchIndexRoute() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('console.tabs.search'));
  return <SearchIndexAdmin />;
}
