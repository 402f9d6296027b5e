import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

import { changeLanguage, currentLanguage } from '@/lib/i18n';

/** Toggles between Simplified Chinese and English; the choice survives reloads. */
export function LanguageSwitch({ block = false }: { block?: boolean }) {
  const { t, i18n } = useTranslation();
  const target = (i18n.language === 'en' ? 'zh-CN' : 'en') as 'zh-CN' | 'en';
  return (
    <Button
      type="text"
      block={block}
      icon={<GlobalOutlined />}
      aria-label={t('language.label')}
      title={t('language.label')}
      lang={target}
      data-testid="language-switch"
      data-current-language={currentLanguage()}
      onClick={() => void changeLanguage(target)}
    >
      {t('language.switchTo')}
    </Button>
  );
}
