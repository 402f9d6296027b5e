import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { ChallengeMarket } from '@/features/challenges/components/challenge-market';
import { readListState, writeListState } from '@/features/challenges/utils/list-state';
import { useDocumentTitle } from '@/lib/use-document-title';

export function ChallengesRoute() {
  const { t } = useTranslation('challenges');
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('market.title'));
  return (
    <div className="app-container page-section" data-testid="challenges-page">
      <PageHeader title={t('market.title')} description={t('market.subtitle')} />
      <ChallengeMarket state={readListState(params)} onChange={(next) => setParams(writeListState(next))} />
    </div>
  );
}
