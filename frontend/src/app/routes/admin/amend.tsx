import { Breadcrumb, Button, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { QueryError } from '@/components/ui/query-error';
import { useChallenge } from '@/features/challenges/api/get-challenge';
import { AmendForm } from '@/features/challenges/components/amend-form';
import { useDocumentTitle } from '@/lib/use-document-title';

export function AmendRoute() {
  const { t } = useTranslation(['challenges', 'admin', 'common']);
  const { id = '' } = useParams();
  const challenge = useChallenge(id);
  useDocumentTitle(t('amend.title'));
  let body;
  if (challenge.isPending) {
    body = <Skeleton active paragraph={{ rows: 10 }} />;
  } else if (challenge.isError) {
    body = <QueryError error={challenge.error} onRetry={() => void challenge.refetch()} />;
  } else if (!challenge.data.actions.includes('AMEND')) {
    body = (
      <Result
        status="warning"
        title={t('amend.notAllowed')}
        extra={
          <Link to={`/challenges/${id}`}>
            <Button type="primary">{t('common:actions.back')}</Button>
          </Link>
        }
      />
    );
  } else {
    body = <AmendForm key={challenge.data.id} challenge={challenge.data} />;
  }
  return (
    <div className="app-container page-section" data-testid="amend-page">
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { title: <Link to="/admin">{t('admin:console.title')}</Link> },
          { title: challenge.data ? <Link to={`/challenges/${id}`}>{challenge.data.title}</Link> : '…' },
          { title: t('amend.title') },
        ]}
      />
      <PageHeader title={t('amend.title')} description={t('amend.subtitle')} />
      {body}
    </div>
  );
}
