import { AppstoreOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

import { ComingSoon } from '@/components/ui/coming-soon';

export function ChallengesRoute() {
  const { t } = useTranslation();
  return <ComingSoon title={t('nav.challenges')} description={t('comingSoon.challenges')} icon={<AppstoreOutlined />} />;
}
