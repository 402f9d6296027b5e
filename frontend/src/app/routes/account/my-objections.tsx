import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/layout/page-header';
import { MyObjections } from '@/features/awards/components/my-objections';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /my/objections: the signed-in user's objections and their answers (the backend's notifications link here). */
export function MyObjectionsRoute() {
  const { t } = useTranslation('awards');
  useDocumentTitle(t('pages.myObjections.title'));
  return (
    <div className="app-container page-section" data-testid="my-objections-page">
      <PageHeader title={t('pages.myObjections.title')} description={t('pages.myObjections.subtitle')} />
      <MyObjections />
    </div>
  );
}
