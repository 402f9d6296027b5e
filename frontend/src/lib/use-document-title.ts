import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title to "<page> · 揭榜 Jiebang" (or just the brand for the home page). */
export function useDocumentTitle(page?: string) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = page ? t('documentTitle', { page }) : t('brand.full');
  }, [page, t]);
}
