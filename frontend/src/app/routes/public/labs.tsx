import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { LabDirectory } from '@/features/labs/components/lab-directory';
import { readLabListState, writeLabListState } from '@/features/labs/utils/list-state';
import { useDocumentTitle } from '@/lib/use-document-title';

export function LabsRoute() {
  const { t } = useTranslation('labs');
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('directory.title'));
  return (
    <div className="app-container page-section" data-testid="labs-page">
      <PageHeader title={t('directory.title')} description={t('directory.subtitle')} />
      <LabDirectory state={readLabListState(params)} onChange={(next) => setParams(writeLabListState(next))} />
    </div>
  );
}
