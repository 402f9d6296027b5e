import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/layout/page-header';
import { RecommendedChallenges } from '@/features/search/components/recommended-challenges';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /lab/recommendations: challenges matched to the lab, each with why. */
export function RecommendationsRoute() {
  const { t } = useTranslation('search');
  useDocumentTitle(t('recommendations.title'));
  return (
    <div className="app-container page-section" data-testid="recommendations-page">
      <PageHeader title={t('recommendations.title')} description={t('recommendations.subtitle')} />
      <RecommendedChallenges />
    </div>
  );
}
