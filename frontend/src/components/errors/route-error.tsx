import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown instead of a page that failed to render or to load its code (e.g. after a deployment). */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <div className="app-container page-section">
      <Result
        status="error"
        title={t('errors.pageTitle')}
        subTitle={t('errors.pageDescription')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('actions.reload')}
          </Button>
        }
      />
    </div>
  );
}
