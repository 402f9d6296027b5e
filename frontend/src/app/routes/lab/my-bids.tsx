import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/layout/page-header';
import { MyBids } from '@/features/bids/components/my-bids';
import { useDocumentTitle } from '@/lib/use-document-title';

export function MyBidsRoute() {
  const { t } = useTranslation('bids');
  useDocumentTitle(t('mine.title'));
  return (
    <div className="app-container page-section" data-testid="my-bids-page">
      <PageHeader title={t('mine.title')} description={t('mine.subtitle')} />
      <MyBids />
    </div>
  );
}
