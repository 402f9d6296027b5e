import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/layout/page-header';
import { QueryError } from '@/components/ui/query-error';
import { useMyLab } from '@/features/labs/api/get-my-lab';
import { LabProfileForm } from '@/features/labs/components/lab-profile-form';
import { useDocumentTitle } from '@/lib/use-document-title';

export function LabProfileRoute() {
  const { t } = useTranslation('labs');
  const lab = useMyLab();
  useDocumentTitle(t('editor.title'));
  return (
    <div className="app-container page-section" data-testid="lab-profile-page">
      <PageHeader title={t('editor.title')} description={t('editor.subtitle')} />
      {lab.isPending ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : lab.isError ? (
        <QueryError error={lab.error} onRetry={() => void lab.refetch()} />
      ) : (
        <LabProfileForm key={lab.data.version} lab={lab.data} onReload={() => void lab.refetch()} />
      )}
    </div>
  );
}
