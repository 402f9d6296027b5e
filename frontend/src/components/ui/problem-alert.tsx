import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError, NETWORK_PROBLEM_TYPE, type ProblemFieldError } from '@/lib/api-client';
import { formatTimeFromNow } from '@/lib/format';

type ProblemAlertProps = {
  error: unknown;
  /** Field errors that no form field shows; listed under the detail. */
  fieldErrors?: ProblemFieldError[];
  action?: ReactNode;
  className?: string;
};

/** Shows a failed request the way the server explained it (problem detail, retry time, stray field errors). */
export function ProblemAlert({ error, fieldErrors = [], action, className }: ProblemAlertProps) {
  const { t } = useTranslation();
  if (!error) {
    return null;
  }
  let message: string = t('errors.generic');
  let retry: string | undefined;
  if (isApiError(error)) {
    if (error.type === NETWORK_PROBLEM_TYPE) {
      message = t('errors.network');
    } else {
      message = error.detail || error.title || message;
    }
    if (error.retryAfter !== undefined) {
      retry = t('errors.retryAt', {
        time: formatTimeFromNow(error.retryAfter),
        minutes: Math.max(1, Math.ceil(error.retryAfter / 60)),
      });
    }
  }
  const extra = [retry, ...fieldErrors.map((fieldError) => fieldError.message)].filter(Boolean);
  return (
    <Alert
      className={className}
      type="error"
      showIcon
      role="alert"
      data-testid="problem-alert"
      title={message}
      description={
        extra.length > 0 ? (
          <ul className="problem-alert-list">
            {extra.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : undefined
      }
      action={action}
    />
  );
}
