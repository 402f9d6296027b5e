import { Breadcrumb, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { QueryError } from '@/components/ui/query-error';
import { MilestoneEvidence } from '@/features/attachments/components/milestone-evidence';
import { useChallenge } from '@/features/challenges/api/get-challenge';
import { useDelivery } from '@/features/delivery/api/get-delivery';
import { FirmDelivery } from '@/features/delivery/components/firm-delivery';
import { isApiError } from '@/lib/api-client';
import { useUser } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /firm/challenges/:id/delivery: the firm's milestone review (administrators see it too and may record payments). */
export function FirmDeliveryRoute() {
  const { t } = useTranslation(['delivery', 'challenges', 'common']);
  const { id = '' } = useParams();
  const challenge = useChallenge(id);
  const delivery = useDelivery(id);
  const { data: user } = useUser();
  useDocumentTitle(t('pages.firmTitle'));

  let body;
  if (challenge.isPending || delivery.isPending) {
    body = <Skeleton active paragraph={{ rows: 10 }} />;
  } else if (delivery.isError && isApiError(delivery.error) && delivery.error.status === 404) {
    body = <Result status="info" title={t('pages.noDelivery')} data-testid="delivery-none" />;
  } else if (challenge.isError || delivery.isError) {
    const error = challenge.error ?? delivery.error;
    body = <QueryError error={error} onRetry={() => void Promise.all([challenge.refetch(), delivery.refetch()])} />;
  } else if (!delivery.data.insider) {
    body = <Result status="403" title={t('pages.forbidden')} data-testid="delivery-forbidden" />;
  } else {
    const c = challenge.data;
    body = (
      <FirmDelivery
        delivery={delivery.data}
        resultOwner={{ challengeId: c.id, industryChain: c.industryChain, challengeType: c.challengeType, province: c.province }}
        canPublishResults={user?.role === 'FIRM'}
        renderEvidence={(milestone) => <MilestoneEvidence milestoneId={milestone.id} files={milestone.evidence} editable={false} />}
      />
    );
  }
  return (
    <div className="app-container page-section" data-testid="firm-delivery-page">
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          {
            title:
              user?.role === 'ADMIN' ? <Link to="/admin/delivery">{t('pages.firmTitle')}</Link> : <Link to="/firm/challenges">{t('challenges:mine.title')}</Link>,
          },
          { title: challenge.data ? <Link to={`/challenges/${id}`}>{challenge.data.title}</Link> : '…' },
          { title: t('pages.firmTitle') },
        ]}
      />
      <PageHeader title={t('pages.firmTitle')} description={t('pages.firmSubtitle')} />
      {body}
    </div>
  );
}
