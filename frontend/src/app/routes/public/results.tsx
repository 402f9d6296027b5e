import { TrophyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

import { ComingSoon } from '@/components/ui/coming-soon';

export function ResultsRoute() {
  const { t } = useTranslation();
  return <ComingSoon title={t('nav.results')} description={t('comingSoon.results')} icon={<TrophyOutlined />} />;
}
