import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from './problem-alert';

/** A failed load, explained, with a retry button. */
export function QueryError({ error, onRetry, className }: { error: unknown; onRetry?: () => void; className?: string }) {
  const { t } = useTranslation();
  return (
    <ProblemAlert
      className={className}
      error={error}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        )
      }
    />
  );
}
