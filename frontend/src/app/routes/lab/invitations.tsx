import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/layout/page-header';
import { MyInvitations } from '@/features/invitations/components/my-invitations';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /lab/invitations: the firms' invitations to bid. */
export function InvitationsRoute() {
  const { t } = useTranslation('invitations');
  useDocumentTitle(t('mine.title'));
  return (
    <div className="app-container page-section" data-testid="invitations-page">
      <PageHeader title={t('mine.title')} description={t('mine.subtitle')} />
      <MyInvitations />
    </div>
  );
}
