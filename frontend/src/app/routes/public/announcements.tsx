import { NotificationOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

import { ComingSoon } from '@/components/ui/coming-soon';

export function AnnouncementsRoute() {
  const { t } = useTranslation();
  return <ComingSoon title={t('nav.announcements')} description={t('comingSoon.announcements')} icon={<NotificationOutlined />} />;
}
