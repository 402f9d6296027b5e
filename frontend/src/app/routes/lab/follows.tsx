import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/layout/page-header';
import { FollowedChallenges } from '@/features/challenges/components/followed-challenges';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /lab/follows: the challenges the lab follows. */
export function FollowsRoute() {
  const { t } = useTranslation('clarifications');
  useDocumentTitle(t('follows.title'));
  return (
    <div className="app-container page-section" data-testid="follows-page">
      <PageHeader title={t('follows.title')} description={t('follows.subtitle')} />
      <FollowedChallenges />
    </div>
  );
}
