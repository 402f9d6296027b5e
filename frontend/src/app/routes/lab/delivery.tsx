import { useQueryClient } from '@tanstack/react-query';
import { Breadcrumb, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { QueryError } from '@/components/ui/query-error';
import { MilestoneEvidence } from '@/features/attachments/components/milestone-evidence';
import { useChallenge } from '@/features/challenges/api/get-challenge';
import { useDelivery } from '@/features/delivery/api/get-delivery';
import { deliveryKeys } from '@/features/delivery/api/keys';
import { LabDelivery } from '@/features/delivery/components/lab-delivery';
import { isApiError } from '@/lib/api-client';
import { useUser } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /lab/delivery/:challengeId: the winning lab's milestone reports, evidence files and results. */
export function LabDeliveryRoute() {
  const { t } = useTranslation(['delivery', 'bids', 'common']);
  const { challengeId = '' } = useParams();
  const challenge = useChallenge(challengeId);
  const delivery = useDelivery(challengeId);
  const { data: user } = useUser();
  const queryClient = useQueryClient();
  useDocumentTitle(t('pages.labTitle'));

  let body;
  if (challenge.isPending || delivery.isPending) {
    body = <Skeleton active paragraph={{ rows: 10 }} />;
  } else if (delivery.isError && isApiError(delivery.error) && delivery.error.status === 404) {
    body = <Result status="info" title={t('pages.noDelivery')} data-testid="delivery-none" />;
  } else if (challenge.isError || delivery.isError) {
    const error = challenge.error ?? delivery.error;
    body = <QueryError error={error} onRetry={() => void Promise.all([challenge.refetch(), delivery.refetch()])} />;
  } else if (!delivery.data.insider || delivery.data.lab.id !== user?.lab?.id) {
    body = <Result status="403" title={t('pages.forbidden')} data-testid="delivery-forbidden" />;
  } else {
    const c = challenge.data;
    body = (
      <LabDelivery
        delivery={delivery.data}
        resultOwner={{ challengeId: c.id, industryChain: c.industryChain, challengeType: c.challengeType, province: c.province }}
        renderEvidence={(milestone, editable) => (
          <MilestoneEvidence
            milestoneId={milestone.id}
            files={editable ? undefined : milestone.evidence}
            editable={editable}
            onChanged={() => void queryClient.invalidateQueries({ queryKey: deliveryKeys.challenge(challengeId) })}
          />
        )}
      />
    );
  }
  return (
    <div className="app-container page-section" data-testid="lab-delivery-page">
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { title: <Link to="/lab/bids">{t('bids:mine.title')}</Link> },
          { title: challenge.data ? <Link to={`/challenges/${challengeId}`}>{challenge.data.title}</Link> : '…' },
          { title: t('pages.labTitle') },
        ]}
      />
      <PageHeader title={t('pages.labTitle')} description={t('pages.labSubtitle')} />
      {body}
    </div>
  );
}
