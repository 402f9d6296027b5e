import { Breadcrumb, Button, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { useResult } from '@/features/delivery/api/get-result';
import { ResultDetail } from '@/features/delivery/components/result-detail';
import { isApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /results/:id: one results summary. */
export function ResultRoute() {
  const { t } = useTranslation('delivery');
  const { id = '' } = useParams();
  const result = useResult(id);
  useDocumentTitle(result.data?.title ?? t('showcase.title'));
  let body;
  if (result.isPending) {
    body = <Skeleton active paragraph={{ rows: 8 }} />;
  } else if (result.isError) {
    body =
      isApiError(result.error) && (result.error.status === 404 || result.error.status === 400) ? (
        <Result
          status="404"
          title={t('showcase.notFound')}
          extra={
            <Link to="/results">
              <Button type="primary">{t('showcase.title')}</Button>
            </Link>
          }
        />
      ) : (
        <QueryError error={result.error} onRetry={() => void result.refetch()} />
      );
  } else {
    body = <ResultDetail result={result.data} />;
  }
  return (
    <div className="app-container page-section" data-testid="result-page">
      <Breadcrumb className="page-breadcrumb" items={[{ title: <Link to="/results">{t('showcase.title')}</Link> }, { title: result.data?.title ?? '…' }]} />
      {body}
    </div>
  );
}
