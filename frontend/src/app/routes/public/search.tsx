import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { ChallengeSearch } from '@/features/search/components/challenge-search';
import { readSearchState, writeSearchState } from '@/features/search/utils/search-state';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /search: full-text challenge search; the query, facets, ranges, order and page live in the URL. */
export function SearchRoute() {
  const { t } = useTranslation('search');
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('page.title'));
  return (
    <div className="app-container page-section" data-testid="search-page">
      <PageHeader title={t('page.title')} description={t('page.subtitle')} />
      <ChallengeSearch state={readSearchState(params)} onChange={(next) => setParams(writeSearchState(next))} />
    </div>
  );
}
