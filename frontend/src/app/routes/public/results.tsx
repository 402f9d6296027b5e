import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { ResultsShowcase } from '@/features/delivery/components/results-showcase';
import { readResultsFilters, writeResultsFilters } from '@/features/delivery/utils/results-filters';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /results: the public results showcase (成果展示) with its filters in the URL. */
export function ResultsRoute() {
  const { t } = useTranslation('delivery');
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('showcase.title'));
  return (
    <div className="app-container page-section" data-testid="results-page">
      <PageHeader title={t('showcase.title')} description={t('showcase.subtitle')} />
      <ResultsShowcase filters={readResultsFilters(params)} onChange={(next) => setParams(writeResultsFilters(next))} />
    </div>
  );
}
