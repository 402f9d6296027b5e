import { Breadcrumb, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { InviteToBidButton } from '@/features/invitations/components/invite-button';
import { useLab } from '@/features/labs/api/get-lab';
import { LabProfile } from '@/features/labs/components/lab-profile';
import { isApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';

export function LabRoute() {
  const { t } = useTranslation('labs');
  const { id = '' } = useParams();
  const lab = useLab(id);
  useDocumentTitle(lab.data?.name ?? t('directory.title'));
  return (
    <div className="app-container page-section" data-testid="lab-page">
      <Breadcrumb className="page-breadcrumb" items={[{ title: <Link to="/labs">{t('directory.title')}</Link> }, { title: lab.data?.name ?? '…' }]} />
      {lab.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : lab.isError ? (
        isApiError(lab.error) && lab.error.status === 404 ? (
          <Result status="404" title={t('profile.notFound')} />
        ) : (
          <QueryError error={lab.error} onRetry={() => void lab.refetch()} />
        )
      ) : (
        <LabProfile
          lab={lab.data}
          actions={<InviteToBidButton labId={lab.data.id} labName={lab.data.name} labOrganizationId={lab.data.organization.id} />}
        />
      )}
    </div>
  );
}
