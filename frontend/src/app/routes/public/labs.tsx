import { TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

import { ComingSoon } from '@/components/ui/coming-soon';

export function LabsRoute() {
  const { t } = useTranslation();
  return <ComingSoon title={t('nav.labs')} description={t('comingSoon.labs')} icon={<TeamOutlined />} />;
}
