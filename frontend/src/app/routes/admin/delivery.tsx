import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { DeliveryBoard } from '@/features/delivery/components/delivery-board';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /admin/delivery: every awarded challenge and delivery under way, overdue first; terminate. */
export function DeliveryBoardRoute() {
  const { t } = useTranslation(['admin', 'delivery']);
  useDocumentTitle(t('console.tabs.delivery'));
  return (
    <div data-testid="admin-delivery">
      <Typography.Paragraph type="secondary">{t('delivery:pages.boardLead')}</Typography.Paragraph>
      <DeliveryBoard />
    </div>
  );
}
