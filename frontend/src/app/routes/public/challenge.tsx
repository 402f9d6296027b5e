import { Breadcrumb, Button, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { useChallenge } from '@/features/challenges/api/get-challenge';
import { ChallengeDetail } from '@/features/challenges/components/challenge-detail';
import { isApiError } from '@/lib/api-client';
import { useUser } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

export function ChallengeRoute() {
  const { t } = useTranslation(['challenges', 'common']);
  const { id = '' } = useParams();
  const challenge = useChallenge(id);
  const { data: user } = useUser();
  useDocumentTitle(challenge.data?.title ?? t('market.title'));

  let body;
  if (challenge.isPending) {
    body = <Skeleton active paragraph={{ rows: 10 }} />;
  } else if (challenge.isError) {
    body =
      isApiError(challenge.error) && challenge.error.status === 404 ? (
        <Result
          status="404"
          title={t('market.notFound')}
          extra={
            <Link to="/challenges">
              <Button type="primary">{t('market.title')}</Button>
            </Link>
          }
        />
      ) : (
        <QueryError error={challenge.error} onRetry={() => void challenge.refetch()} />
      );
  } else {
    body = <ChallengeDetail challenge={challenge.data} signedIn={Boolean(user)} />;
  }
  return (
    <div className="app-container page-section" data-testid="challenge-page">
      <Breadcrumb
        className="page-breadcrumb"
        items={[{ title: <Link to="/challenges">{t('market.title')}</Link> }, { title: challenge.data?.title ?? '…' }]}
      />
      {body}
    </div>
  );
}
