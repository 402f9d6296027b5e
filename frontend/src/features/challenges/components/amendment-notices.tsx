import { Alert, Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '@/lib/format';
import type { AmendmentView } from '@/types/api';

/** The public notices of amendments to a published challenge, newest first. */
export function AmendmentNotices({ amendments }: { amendments: AmendmentView[] }) {
  const { t } = useTranslation('challenges');
  const sorted = [...amendments].sort((a, b) => b.amendedAt.localeCompare(a.amendedAt));
  return (
    <Card title={t('amendments.title', { count: amendments.length })} className="detail-card amendment-card" data-testid="amendment-notices">
      {sorted.map((amendment) => (
        <Alert
          key={amendment.amendedAt}
          type={amendment.termsChanged ? 'warning' : 'info'}
          showIcon
          className="amendment-notice"
          title={t('amendments.notice', { time: formatDateTime(amendment.amendedAt) })}
          description={
            <>
              <Typography.Paragraph className="amendment-reason">{amendment.reason}</Typography.Paragraph>
              <div>
                {t('amendments.changed')}{' '}
                {amendment.changedFields.map((field) => (
                  <Tag key={field}>{t(`amendments.fields.${field}` as 'amendments.fields.title', { defaultValue: field })}</Tag>
                ))}
              </div>
              {amendment.termsChanged && (
                <Typography.Paragraph className="amendment-terms">
                  {amendment.deadlineBefore === amendment.deadlineAfter
                    ? t('amendments.termsChangedSameDeadline', { after: formatDateTime(amendment.deadlineAfter) })
                    : t('amendments.termsChanged', {
                        before: formatDateTime(amendment.deadlineBefore),
                        after: formatDateTime(amendment.deadlineAfter),
                      })}
                </Typography.Paragraph>
              )}
            </>
          }
        />
      ))}
    </Card>
  );
}
