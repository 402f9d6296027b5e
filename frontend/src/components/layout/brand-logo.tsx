import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The seal-like "榜" mark with the wordmark 揭榜 Jiebang. */
export function BrandLogo() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="brand-logo" aria-label={t('brand.full')} data-testid="brand-logo">
      <span className="brand-mark" aria-hidden="true">
        榜
      </span>
      <span className="brand-name">{t('brand.name')}</span>
      <span className="brand-latin">{t('brand.latin')}</span>
    </Link>
  );
}
